import Foundation
import Testing
@testable import FairPackFormats

@Suite struct FlateInflaterTests {
    /// zlib-compressed "Hello, Hello, Hello..." made by Python's zlib.compress(b"Hello, " * 1000).
    static func compressed(_ text: String, wrapping: String = "zlib") throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let code = wrapping == "gzip"
            ? "import sys,gzip; sys.stdout.buffer.write(gzip.compress(sys.stdin.buffer.read(), mtime=0))"
            : "import sys,zlib; sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read()))"
        process.arguments = ["python3", "-c", code]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    @Test("Inflates zlib data fed in chunks of any size", arguments: [1, 7, 4096])
    func chunks(size: Int) throws {
        let text = String(repeating: "Hello, object stream. ", count: 2000)
        let data = try Self.compressed(text)
        var inflater = try FlateInflater(wrapping: .zlib)
        var offset = 0
        while offset < data.count {
            try inflater.feed(Array(data[offset..<min(data.count, offset + size)]))
            offset += size
        }
        let finished = inflater.isFinished
        #expect(finished)
        #expect(try inflater.finish() == Array(text.utf8))
    }

    @Test("Gzip and automatic wrappings read gzip data; trailing bytes after the end are ignored")
    func gzip() throws {
        let data = try Self.compressed("gzip body\n", wrapping: "gzip")
        #expect(try FlateInflater.inflate(data, wrapping: .gzip) == Array("gzip body\n".utf8))
        #expect(try FlateInflater.inflate(data + [0x0D, 0x0A], wrapping: .automatic) == Array("gzip body\n".utf8))
    }

    @Test("More output than the cap is refused as over-cap")
    func overCap() throws {
        let data = try Self.compressed(String(repeating: "0", count: 1_000_000))
        #expect(throws: FlateError.overCap(limit: 10_000)) { try FlateInflater.inflate(data, limit: 10_000) }
        #expect(try FlateInflater.inflate(data, limit: 1_000_000).count == 1_000_000)
    }

    @Test("Truncated data is a typed error, and so is garbage")
    func errors() throws {
        let data = try Self.compressed(String(repeating: "abc", count: 500))
        #expect(throws: FlateError.truncated) { try FlateInflater.inflate(Array(data.prefix(data.count / 2))) }
        #expect(throws: FlateError.self) { try FlateInflater.inflate([0x12, 0x34, 0x56, 0x78, 0x9A]) }
        #expect(throws: FlateError.truncated) { try FlateInflater.inflate([]) }
    }

    @Test("A prefix of truncated data still yields its first bytes, cut at the limit")
    func prefix() throws {
        let text = (0..<3000).map { "line \($0) of a longer text\n" }.joined()
        let data = try Self.compressed(text)
        let first = FlateInflater.inflatePrefix(data.prefix(data.count / 2), wrapping: .zlib, limit: 100)
        #expect(first == Array(text.utf8.prefix(100)))
        #expect(FlateInflater.inflatePrefix([0xFF, 0xFF, 0xFF][...], wrapping: .zlib, limit: 100) == nil)
    }
}
