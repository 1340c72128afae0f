import FairPackBase
import FairPackDeposit

/// The inspectors of one file during its one read: each chunk goes to every inspector that
/// still wants bytes. The reader drives it; so does the packer, which writes the same chunks.
package struct FileInspection {
    private var inspectors: [any Inspector]
    private var wanting: [Bool]
    /// The facts gathered so far (bytes read, read error, change).
    package private(set) var facts: FileFacts

    /// Inspectors for `entry` from `factories` (those that have nothing to learn there make none).
    package init(_ entry: FileEntry, factories: [any InspectorFactory]) {
        inspectors = factories.compactMap { $0.makeInspector(for: entry) }
        wanting = Array(repeating: true, count: inspectors.count)
        facts = FileFacts(path: entry.path)
    }

    /// True while some inspector wants more bytes.
    package var wantsMore: Bool { wanting.contains(true) }

    /// Hands the next chunk to every inspector that still wants bytes.
    package mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        facts.bytesRead += UInt64(chunk.count)
        for index in inspectors.indices where wanting[index] {
            wanting[index] = inspectors[index].consume(chunk)
        }
    }

    /// Records that the read failed.
    package mutating func failed(_ reason: String) {
        facts.readError = reason
    }

    /// Records that the file changed while it was read.
    package mutating func changed() {
        facts.changedWhileRead = true
    }

    /// Lets every inspector write what it learned; the facts of the file.
    package mutating func finish() -> FileFacts {
        for index in inspectors.indices { inspectors[index].finish(into: &facts) }
        return facts
    }
}
