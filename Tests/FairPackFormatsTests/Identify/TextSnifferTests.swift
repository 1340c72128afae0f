import Testing
@testable import FairPackFormats

@Suite("Text sniffing on bytes")
struct TextSnifferTests {
    /// The verdict read one byte at a time, as the sniffer's word-at-a-time loop must agree with.
    static func naiveEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.contains(0) { return nil }
        let controls = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1A, 0x1B].contains($0) }.count
        if controls * 100 > bytes.count { return nil }
        if bytes.allSatisfy({ $0 < 0x80 }) { return "ASCII" }
        return String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) != nil ? "UTF-8" : "8-bit"
    }

    @Test("NUL, control, Latin-1 and UTF-8 bytes are seen wherever they fall in an eight-byte word",
          arguments: [[0x00], [0x01], [0x09], [0x1F], [0x7F], [0xE9], [0xC3, 0xA9], [0xE2, 0x82, 0xAC]] as [[UInt8]])
    func everyOffset(special: [UInt8]) {
        for offset in 0..<17 {
            var bytes = Array("Un texte ordinaire, assez long pour des mots entiers.".utf8)
            bytes.insert(contentsOf: special, at: offset)
            #expect(TextSniffer.encoding(bytes, complete: true) == Self.naiveEncoding(bytes), "\(special) at \(offset)")
        }
    }

    @Test("Markdown is told from its lines' bytes, with CRLF line ends too")
    func markdown() {
        let markdown = "# Titre\r\n\r\nVoir [le rapport](rapport.pdf).\r\n- un point\r\n**gras**\r\n"
        #expect(MarkdownSignals.score(Array(markdown.utf8)) >= 3)
        let script = "# a comment\n# another one\nx = 1 ** 2\n"
        #expect(MarkdownSignals.score(Array(script.utf8)) < 3)
    }

    @Test("Byte search finds markers at the start, the end and across near misses")
    func byteSearch() {
        let bytes = Array("{\"@cont\"@context\":[]}".utf8)
        #expect(ByteSearch.contains(bytes, "\"@context\""))
        #expect(ByteSearch.contains(bytes, "{\""))
        #expect(ByteSearch.contains(bytes, "]}"))
        #expect(!ByteSearch.contains(bytes, "\"@graph\""))
        #expect(!ByteSearch.contains(Array("ab".utf8), "abc"))
    }
}
