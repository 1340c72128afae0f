import Testing
@testable import FairPackFormats

@Suite struct PDFObjectStreamTests {
    static let stream = Array("11 0 12 18 13 40 <</Type /Font>>\n[1 2 3 (a) <<>>] \n(twelve's neighbour)\n".utf8)

    @Test("Object numbers and byte ranges come from the header pairs and /First")
    func entries() throws {
        let entries = try PDFObjectStream.entries(in: Self.stream, count: 3, first: 17)
        #expect(entries.map(\.objectNumber) == [11, 12, 13])
        let texts = entries.map { String(decoding: Self.stream[$0.range], as: UTF8.self) }
        #expect(texts[0] == "<</Type /Font>>\n[1")
        #expect(entries[2].range.upperBound == Self.stream.count)
    }

    @Test("Offsets out of order still give each object up to the next one")
    func unordered() throws {
        let data = Array("7 7 8 0 (first)(second)".utf8)
        let entries = try PDFObjectStream.entries(in: data, count: 2, first: 8)
        #expect(String(decoding: data[entries[1].range], as: UTF8.self) == "(first)")
        #expect(String(decoding: data[entries[0].range], as: UTF8.self) == "(second)")
    }

    @Test("A broken header is a typed error", arguments: [
        (Array("1 0 2".utf8), 2, 5, PDFObjectStream.ParseError.headerTooShort(found: 1)),
        (Array("1 x 2 3 ".utf8), 2, 8, .notAnInteger(at: 2)),
        (Array("1 900 ab".utf8), 1, 6, .offsetOutOfRange(objectNumber: 1)),
        (Array("1 0".utf8), -1, 3, .invalidCount(-1)),
        (Array("1 0".utf8), 1, 99, .invalidFirst(99)),
    ])
    func broken(data: [UInt8], count: Int, first: Int, error: PDFObjectStream.ParseError) {
        #expect(throws: error) { try PDFObjectStream.entries(in: data, count: count, first: first) }
    }
}
