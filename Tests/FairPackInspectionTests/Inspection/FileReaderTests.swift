import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
@testable import FairPackHashing
import Foundation
import Testing

/// Counts bytes, optionally stopping after the first chunk or appending to its own file.
private struct CountingInspector: Inspector {
    var count = 0
    var chunks = 0
    let stopAfterFirst: Bool
    let growPath: String?

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        count += chunk.count
        chunks += 1
        if let growPath, chunks == 1, let handle = FileHandle(forWritingAtPath: growPath) {
            handle.seekToEndOfFile()
            handle.write(Data("more".utf8))
            try? handle.close()
        }
        return !stopAfterFirst
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.mediaType = "test/\(count)"
    }
}

private struct CountingFactory: InspectorFactory {
    var stopAfterFirst = false
    var grow: String?

    var provides: FactKind { .pdf }

    func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        CountingInspector(stopAfterFirst: stopAfterFirst, growPath: grow.map { $0 + "/" + entry.path })
    }
}

@Suite("The one-pass reader")
struct FileReaderTests {
    @Test("every file is read once, in chunks, on all cores, and inspectors see every byte")
    func readsEverything() throws {
        let folder = try TemporaryFolder()
        let big = String(repeating: "a", count: 3 * FileReader.chunkSize + 17)
        try folder.write("big.txt", big)
        for index in 0..<40 { try folder.write("small/\(index).txt", String(repeating: "b", count: index)) }
        let deposit = try Deposit.open(at: folder.path)
        let facts = FileReader(factories: [CountingFactory()]).inspect(deposit)
        #expect(facts.count == 41)
        #expect(facts["big.txt"]?.mediaType == "test/\(big.utf8.count)")
        #expect(facts["big.txt"]?.bytesRead == UInt64(big.utf8.count))
        #expect(facts["small/39.txt"]?.mediaType == "test/39")
        #expect(facts.values.allSatisfy { !$0.changedWhileRead && $0.readError == nil })
    }

    @Test("the read stops as soon as no inspector wants more")
    func earlyStop() throws {
        let folder = try TemporaryFolder()
        try folder.write("big.bin", String(repeating: "x", count: 3 * FileReader.chunkSize))
        let deposit = try Deposit.open(at: folder.path)
        let facts = FileReader(factories: [CountingFactory(stopAfterFirst: true)]).inspect(deposit)
        #expect(facts["big.bin"]?.bytesRead == UInt64(FileReader.chunkSize))
    }

    @Test("a file that grows while it is read is flagged")
    func changedWhileRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("log.csv", "a,b\n")
        let deposit = try Deposit.open(at: folder.path)
        let facts = FileReader(factories: [CountingFactory(grow: folder.path)]).inspect(deposit)
        #expect(facts["log.csv"]?.changedWhileRead == true)
    }

    @Test("a file deleted between the walk and the read gives a read error, not a crash")
    func vanished() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("gone.txt", "x")
        let deposit = try Deposit.open(at: folder.path)
        try FileManager.default.removeItem(atPath: path)
        let facts = FileReader(factories: [CountingFactory()]).inspect(deposit)
        #expect(facts["gone.txt"]?.readError != nil)
    }
}
