import Foundation

/// A value shared between threads, read and changed only under a lock.
///
/// A pthread mutex (through `NSLock`), not the standard library's `Mutex`: on Linux `Mutex` waits
/// on a futex that ThreadSanitizer cannot see, so each access under it was reported as a race and
/// a sanitizer run could vouch for nothing.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    // Why `@unchecked Sendable` is sound: `value` is private and only touched inside `withLock`,
    // which holds `lock` for the whole access; `lock` itself is thread-safe; `Value` is Sendable.
    private let lock = NSLock()
    private var value: Value

    /// Shares `value`.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value with the lock held, and returns what it returns.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
