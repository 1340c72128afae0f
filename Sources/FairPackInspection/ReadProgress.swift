import Foundation
import FairPackBase

/// How far a long piece of work (the read of a deposit, a pack, a verification) has got.
public struct ReadProgress: Sendable, Equatable {
    /// Files finished.
    public var files: Int
    /// Files to do in all.
    public var totalFiles: Int
    /// Bytes done (a file an inspector stopped reading early counts whole once finished).
    public var bytes: UInt64
    /// Bytes to do in all.
    public var totalBytes: UInt64
    /// Seconds since the work started.
    public var elapsed: Double

    /// Creates a progress value.
    public init(files: Int, totalFiles: Int, bytes: UInt64, totalBytes: UInt64, elapsed: Double) {
        self.files = files
        self.totalFiles = totalFiles
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.elapsed = elapsed
    }

    /// Bytes per second so far; nil before any time has passed.
    public var rate: Double? {
        elapsed > 0 ? Double(bytes) / elapsed : nil
    }

    /// 0...1: the share of bytes done (of files when there are no bytes); nil when the totals
    /// are not known (an archive read in one pass).
    public var fraction: Double? {
        if totalBytes > 0 { return min(1, Double(bytes) / Double(totalBytes)) }
        return totalFiles > 0 ? min(1, Double(files) / Double(totalFiles)) : nil
    }

    /// Seconds left at the rate so far; nil until something was done, or when the totals are not known.
    public var remaining: Double? {
        guard let done = fraction, done > 0, elapsed > 0 else { return nil }
        return elapsed * (1 - done) / done
    }
}

/// Told how far long work has got. The library never prints: a command line draws a bar
/// from these calls, a test records them.
///
/// Called from the working threads, at most every ``ProgressMeter/interval`` seconds, never
/// two calls at once; the calls must return quickly.
public protocol ProgressObserver: Sendable {
    /// The work has got this far.
    func progressed(_ progress: ReadProgress)
}

/// Counts the files and bytes done by any number of workers and tells an observer, no more
/// often than every ``interval`` seconds.
public final class ProgressMeter: Sendable {
    /// The shortest time between two calls of the observer.
    public static let interval = 0.1

    private struct State {
        var progress: ReadProgress
        var lastReport: Double
    }

    private let observer: any ProgressObserver
    private let start: Double
    private let state: Locked<State>

    /// A meter for `files` files of `bytes` bytes in all, reporting to `observer`.
    public init(files: Int, bytes: UInt64, observer: any ProgressObserver) {
        self.observer = observer
        start = Self.now()
        state = Locked(State(progress: ReadProgress(files: 0, totalFiles: files, bytes: 0, totalBytes: bytes, elapsed: 0),
                            lastReport: start))
    }

    /// Records `count` more bytes of the file being read.
    public func advance(bytes count: Int) {
        update { $0.bytes += UInt64(count) }
    }

    /// Records that a file is finished: of its `size` bytes, `read` were counted through
    /// ``advance(bytes:)``; the rest (not read because no inspector wanted them) counts as done.
    public func finishFile(size: UInt64, read: UInt64) {
        update { progress in
            progress.files += 1
            if size > read { progress.bytes += size - read }
        }
    }

    /// Tells the observer where the work stands now, whatever the time since the last call.
    public func flush() {
        let now = Self.now()
        state.withLock { state in
            state.lastReport = now
            state.progress.elapsed = now - start
            observer.progressed(state.progress)
        }
    }

    private func update(_ change: (inout ReadProgress) -> Void) {
        let now = Self.now()
        // The observer is called under the lock, so that its calls never overlap and come in order.
        state.withLock { state in
            change(&state.progress)
            guard now - state.lastReport >= Self.interval else { return }
            state.lastReport = now
            state.progress.elapsed = now - start
            observer.progressed(state.progress)
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
