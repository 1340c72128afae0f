import FairPackBase
import FairPackDeposit
import Foundation

/// Reads files once, in bounded chunks, feeding every inspector the same bytes.
public struct FileReader: Sendable {
    /// The size of one read.
    public static let chunkSize = 1 << 20

    /// The inspector kinds that see the bytes.
    public let factories: [any InspectorFactory]

    /// Told how far ``inspect(_:)`` has got, when set.
    public var observer: (any ProgressObserver)?
    /// Digests remembered from earlier runs, which spare reading unchanged files for them.
    public let memory: (any DigestMemory)?

    /// Creates a reader feeding inspectors made by `factories`; with `memory`, a file whose
    /// key is unchanged is not read for its digests (nor at all when no other inspector wants it).
    public init(factories: [any InspectorFactory], memory: (any DigestMemory)? = nil) {
        self.factories = factories
        self.memory = memory
    }

    /// Reads every regular file of `deposit` on all cores; returns the facts by path.
    public func inspect(_ deposit: Deposit) -> [String: FileFacts] {
        let files = deposit.inventory.files.filter(\.isReadable)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        let slots = UnsafeMutableBufferPointer<FileFacts?>.allocate(capacity: files.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let results = FactSlots(slots: slots)
        let meter = observer.map { ProgressMeter(files: files.count, bytes: files.reduce(0) { $0 + $1.size }, observer: $0) }
        // One worker per core, each with its own buffer, taking every workers-th file.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let buffer = ChunkBuffer()
            for index in stride(from: worker, to: files.count, by: workers) {
                let facts = read(files[index], of: deposit, buffer: buffer, meter: meter)
                meter?.finishFile(size: files[index].size, read: facts.bytesRead)
                results.store(facts, at: index)
            }
        }
        meter?.flush()
        var facts: [String: FileFacts] = [:]
        facts.reserveCapacity(files.count)
        for case let item? in slots { facts[item.path] = item }
        _ = slots.deinitialize()
        memory?.flush()
        return facts
    }

    /// Reads one file (never following a link) and returns what the inspectors learned.
    public func read(_ entry: FileEntry, root: String) -> FileFacts {
        read(entry, root: root, buffer: ChunkBuffer())
    }

    /// Reads one file of `deposit`; deposit.yaml, read when the deposit was opened, is
    /// inspected from those bytes unless the file changed since.
    func read(_ entry: FileEntry, of deposit: Deposit, buffer: ChunkBuffer, meter: ProgressMeter? = nil) -> FileFacts {
        let path = deposit.root.hasSuffix("/") ? deposit.root + entry.path : deposit.root + "/" + entry.path
        guard entry.path == DepositMetadata.fileName, let kept = deposit.metadataBytes,
              FileStatus.of(path) == kept.status else {
            return read(entry, root: deposit.root, buffer: buffer, meter: meter)
        }
        var inspection = FileInspection(entry, factories: factories)
        kept.bytes.withUnsafeBytes { bytes in
            if inspection.wantsMore && !bytes.isEmpty {
                inspection.consume(bytes)
                meter?.advance(bytes: bytes.count)
            }
        }
        if UInt64(kept.bytes.count) != entry.size { inspection.changed() }
        return inspection.finish()
    }

    package func read(_ entry: FileEntry, root: String, buffer chunkBuffer: ChunkBuffer,
                      meter: ProgressMeter? = nil) -> FileFacts {
        // A name that is not UTF-8 was walked as bytes but is known here only with U+FFFD in place of
        // them: it cannot be opened by that name. `files.name.portable` reports it; nothing else is
        // learnt of it (no false read error, no format guessed from nothing).
        guard entry.nameIsUTF8 else { return FileFacts(path: entry.path) }
        var inspection = FileInspection(entry, factories: factories)
        guard inspection.wantsMore else { return inspection.finish() }
        let file: SystemFile
        do {
            file = try SystemFile(beneath: root, path: entry.path)
        } catch {
            inspection.failed(error.reason)
            return inspection.finish()
        }
        let before = file.status()
        let recalled = recall(entry, status: before)
        if recalled != nil {
            inspection = FileInspection(entry, factories: factories.filter { !($0 is any DigestFactory) })
        }
        let buffer = chunkBuffer.bytes
        while inspection.wantsMore {
            let count: Int
            do {
                count = try file.read(into: buffer)
            } catch {
                inspection.failed(error.reason)
                break
            }
            if count == 0 { break }
            inspection.consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            meter?.advance(bytes: count)
        }
        let after = file.status()
        if before != after || after.size != entry.size { inspection.changed() }
        var facts = inspection.finish()
        if let recalled {
            facts.digests.merge(recalled) { computed, _ in computed }
        } else if let memory, facts.readError == nil, !facts.changedWhileRead, facts.bytesRead == after.size,
                  !facts.digests.isEmpty {
            memory.remember(FileKey(path: entry.path, status: after), digests: facts.digests)
        }
        return facts
    }

    /// The digests the memory holds for every algorithm this file's digest inspectors would
    /// compute, or nil (no memory, nothing to compute, or not all of them remembered).
    private func recall(_ entry: FileEntry, status: FileStatus) -> [DigestAlgorithm: String]? {
        guard let memory else { return nil }
        var wanted: Set<DigestAlgorithm> = []
        for case let factory as any DigestFactory in factories where factory.makeInspector(for: entry) != nil {
            wanted.formUnion(factory.algorithms)
        }
        guard !wanted.isEmpty, let known = memory.recall(FileKey(path: entry.path, status: status)),
              wanted.isSubset(of: known.keys) else { return nil }
        return known.filter { wanted.contains($0.key) }
    }
}

/// The facts of one read per file, written by the reader's workers.
///
/// Why `@unchecked Sendable` is sound here, line by line:
/// - `slots` is allocated before `concurrentPerform` and freed after it returns, which happens
///   only once every worker has finished;
/// - worker `w` writes only the slots `w`, `w + workers`, …, so no two threads touch one slot;
/// - the slots are read only after `concurrentPerform` has returned.
private struct FactSlots: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<FileFacts?>

    func store(_ facts: FileFacts, at index: Int) {
        slots[index] = facts
    }
}
