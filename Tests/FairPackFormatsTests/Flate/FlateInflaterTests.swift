import Testing
@testable import FairPackFormats

@Suite struct FlateInflaterTests {
    /// The text inside `lines.zlib`, written by zlib at level 9.
    static let lines = (0..<3000).map { "line \($0) of a longer text\n" }.joined()

    @Test("Inflates zlib data fed in chunks of any size", arguments: [1, 7, 4096])
    func chunks(size: Int) throws {
        let data = try Samples.fixture("lines.zlib")
        var inflater = try FlateInflater(wrapping: .zlib)
        var offset = 0
        while offset < data.count {
            try inflater.feed(Array(data[offset..<min(data.count, offset + size)]))
            offset += size
        }
        let finished = inflater.isFinished
        #expect(finished)
        #expect(try inflater.finish() == Array(Self.lines.utf8))
    }

    @Test("Gzip and automatic wrappings read gzip data; trailing bytes after the end are ignored")
    func gzip() throws {
        let data = try Samples.fixture("body.gz")
        #expect(try FlateInflater.inflate(data, wrapping: .gzip) == Array("gzip body\n".utf8))
        #expect(try FlateInflater.inflate(data + [0x0D, 0x0A], wrapping: .automatic) == Array("gzip body\n".utf8))
        #expect(throws: FlateError.self) { try FlateInflater.inflate(data, wrapping: .zlib) }
    }

    @Test("More output than the cap is refused as over-cap, and the error sticks")
    func overCap() throws {
        let data = try Samples.fixture("zeros.zlib")
        #expect(throws: FlateError.overCap(limit: 10_000)) { try FlateInflater.inflate(data, limit: 10_000) }
        #expect(try FlateInflater.inflate(data, limit: 1_000_000).count == 1_000_000)
        var inflater = try FlateInflater(limit: 100)
        #expect(throws: FlateError.overCap(limit: 100)) { try inflater.feed(data) }
        #expect(throws: FlateError.overCap(limit: 100)) { try inflater.finish() }
    }

    @Test("Truncated data is a typed error, and so is garbage")
    func errors() throws {
        let data = try Samples.fixture("lines.zlib")
        #expect(throws: FlateError.truncated) { try FlateInflater.inflate(Array(data.prefix(data.count / 2))) }
        #expect(throws: FlateError.self) { try FlateInflater.inflate([0x12, 0x34, 0x56, 0x78, 0x9A]) }
        #expect(throws: FlateError.truncated) { try FlateInflater.inflate([]) }
    }

    @Test("A prefix of truncated data still yields its first bytes, cut at the limit")
    func prefix() throws {
        let data = try Samples.fixture("lines.zlib")
        let first = FlateInflater.inflatePrefix(data.prefix(data.count / 2), wrapping: .zlib, limit: 100)
        #expect(first == Array(Self.lines.utf8.prefix(100)))
        #expect(FlateInflater.inflatePrefix([0xFF, 0xFF, 0xFF][...], wrapping: .zlib, limit: 100) == nil)
    }

    @Test("A compressed PDF object stream inflates and splits into its objects")
    func objectStream() throws {
        let inflated = try FlateInflater.inflate(try Samples.fixture("objstm.zlib"))
        let entries = try PDFObjectStream.entries(in: inflated, count: 3, first: 17)
        #expect(entries.map(\.objectNumber) == [12, 13, 14])
        let font = String(decoding: inflated[entries[1].range], as: UTF8.self)
        #expect(font == "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>\n")
    }
}
