import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads files once, in bounded chunks, feeding every inspector the same bytes.
public struct FileReader: Sendable {
    /// The size of one read.
    public static let chunkSize = 1 << 20

    /// The inspector kinds that see the bytes.
    public let factories: [any InspectorFactory]

    /// Creates a reader feeding inspectors made by `factories`.
    public init(factories: [any InspectorFactory]) {
        self.factories = factories
    }

    /// Reads every regular file of `deposit` on all cores; returns the facts by path.
    public func inspect(_ deposit: Deposit) -> [String: FileFacts] {
        let files = deposit.inventory.files.filter(\.isReadable)
        let results = FactsBox(count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        // One worker per core, each with its own buffer, taking every workers-th file.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let buffer = ChunkBuffer()
            for index in stride(from: worker, to: files.count, by: workers) {
                results.set(index, read(files[index], root: deposit.root, buffer: buffer))
            }
        }
        var facts: [String: FileFacts] = [:]
        for item in results.values { facts[item.path] = item }
        return facts
    }

    /// Reads one file (never following a link) and returns what the inspectors learned.
    public func read(_ entry: FileEntry, root: String) -> FileFacts {
        read(entry, root: root, buffer: ChunkBuffer())
    }

    func read(_ entry: FileEntry, root: String, buffer chunkBuffer: ChunkBuffer) -> FileFacts {
        var facts = FileFacts(path: entry.path)
        var inspectors = factories.compactMap { $0.makeInspector(for: entry) }
        guard !inspectors.isEmpty else { return facts }
        let fullPath = root.hasSuffix("/") ? root + entry.path : root + "/" + entry.path
        let fd = open(fullPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            facts.readError = String(cString: strerror(errno))
            return facts
        }
        defer { close(fd) }
        var before = stat()
        fstat(fd, &before)
        var wanting = Array(repeating: true, count: inspectors.count)
        let buffer = chunkBuffer.bytes
        while wanting.contains(true) {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                facts.readError = String(cString: strerror(errno))
                break
            }
            if count == 0 { break }
            facts.bytesRead += UInt64(count)
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            for index in inspectors.indices where wanting[index] {
                wanting[index] = inspectors[index].consume(chunk)
            }
        }
        var after = stat()
        fstat(fd, &after)
        facts.changedWhileRead = before.st_size != after.st_size || before.st_mtim.tv_sec != after.st_mtim.tv_sec
            || before.st_mtim.tv_nsec != after.st_mtim.tv_nsec || UInt64(after.st_size) != entry.size
        for index in inspectors.indices { inspectors[index].finish(into: &facts) }
        return facts
    }
}

/// Results written by concurrent reads, one slot each.
private final class FactsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [FileFacts?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ facts: FileFacts) {
        lock.withLock { slots[index] = facts }
    }

    var values: [FileFacts] { lock.withLock { slots.compactMap { $0 } } }
}
