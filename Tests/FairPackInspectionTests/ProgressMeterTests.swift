import Foundation
import FairPackBase
import Testing
import FairPackDeposit
import FairPackTestSupport
@testable import FairPackInspection

@Suite("The progress of long work, counted by workers and told at most every 100 ms")
struct ProgressMeterTests {
    /// Keeps every call, with the time it came.
    final class Recorder: ProgressObserver {
        let calls = Locked<[ReadProgress]>([])
        func progressed(_ progress: ReadProgress) { calls.withLock { $0.append(progress) } }
        var all: [ReadProgress] { calls.withLock { $0 } }
    }

    @Test("Four workers advancing for 0.35 s are told a handful of times, in order, and the last call has the totals")
    func throttled() {
        let recorder = Recorder()
        let meter = ProgressMeter(files: 400, bytes: 400 * 1000, observer: recorder)
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for _ in 0..<100 {
                meter.advance(bytes: 600)
                usleep(3_000)
                meter.finishFile(size: 1000, read: 600)
            }
        }
        meter.flush()
        let elapsed = Date().timeIntervalSince(start)
        let calls = recorder.all
        #expect(calls.count >= 2)
        #expect(Double(calls.count - 1) <= elapsed / ProgressMeter.interval + 1)
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.bytes <= $1.bytes && $0.elapsed <= $1.elapsed })
        let last = calls.last
        #expect(last?.files == 400)
        #expect(last?.bytes == 400_000, "bytes no inspector wanted count as done once the file is")
        #expect(last?.fraction == 1)
        #expect(last?.remaining == 0)
    }

    @Test("Rate, share done and time left follow from the counts; unknown totals give no share and no time left")
    func arithmetic() {
        let half = ReadProgress(files: 1, totalFiles: 4, bytes: 50, totalBytes: 100, elapsed: 2)
        #expect(half.rate == 25)
        #expect(half.fraction == 0.5)
        #expect(half.remaining == 2)
        let open = ReadProgress(files: 3, totalFiles: 0, bytes: 300, totalBytes: 0, elapsed: 1)
        #expect(open.fraction == nil)
        #expect(open.remaining == nil)
        #expect(ReadProgress(files: 0, totalFiles: 2, bytes: 0, totalBytes: 0, elapsed: 0).rate == nil)
        #expect(ReadProgress(files: 1, totalFiles: 2, bytes: 0, totalBytes: 0, elapsed: 1).fraction == 0.5)
    }

    /// Wants the first chunk only.
    struct FirstChunk: Inspector, InspectorFactory {
        var provides: FactKind { .format }
        func makeInspector(for entry: FileEntry) -> (any Inspector)? { self }
        mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool { false }
        mutating func finish(into facts: inout FileFacts) {}
    }

    @Test("The reader tells its observer every file and byte of the deposit, read or skipped")
    func reader() throws {
        let folder = try TemporaryFolder()
        for index in 0..<5 { _ = try folder.write("data/\(index).bin", String(repeating: "x", count: 3 << 20)) }
        let recorder = Recorder()
        var reader = FileReader(factories: [FirstChunk()])
        reader.observer = recorder
        let deposit = try Deposit.open(at: folder.path)
        let facts = reader.inspect(deposit)
        #expect(facts.values.allSatisfy { $0.bytesRead == UInt64(FileReader.chunkSize) })
        let last = try #require(recorder.all.last)
        #expect(last.files == 5)
        #expect(last.totalFiles == 5)
        #expect(last.bytes == 5 * 3 << 20)
        #expect(last.totalBytes == 5 * 3 << 20)
        #expect(FileReader(factories: [FirstChunk()]).observer == nil)
    }
}
