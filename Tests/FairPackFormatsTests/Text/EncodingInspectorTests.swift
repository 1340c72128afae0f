import FairPackFormats
import Testing

@Suite("Streaming UTF-8 validation and encoding guess")
struct EncodingInspectorTests {
    @Test("ASCII and UTF-8 are told apart and valid", arguments: [1, 7, 4096])
    func valid(chunk: Int) {
        #expect(Feeding.encoding(Array("plain\ntext\n".utf8), chunk: chunk).encoding == .ascii)
        let accented = Feeding.encoding(Array("Besançon, Nîmes — 😀\n".utf8), chunk: chunk)
        #expect(accented.encoding == .utf8)
        #expect(accented.isValidUTF8)
        #expect(accented.conversionCommand(input: "a.txt", output: "b.txt") == nil)
    }

    @Test("the first invalid byte is located in physical lines and characters, not bytes", arguments: [1, 7, 4096])
    func firstInvalid(chunk: Int) {
        let bytes = Array("ligne 1\r\néé x".utf8) + [0xE9] + Array(" puis\n\u{00E9}".utf8) + [0xE8]
        let report = Feeding.encoding(bytes, chunk: chunk)
        #expect(report.firstInvalid == InvalidByte(
            position: TextPosition(line: 2, column: 5), offset: 15, reason: .truncatedSequence))
        #expect(report.encoding == .iso88591)
        #expect(!report.isValidUTF8)
    }

    @Test("Reading eight bytes at a time finds what reading one at a time finds, wherever the byte falls",
          arguments: [0x00, 0x09, 0x0A, 0x0D, 0x0C, 0xE9, 0xC3] as [UInt8])
    func wordAtATime(special: UInt8) {
        // Lines of tabs and text long enough for whole words, with one special byte at each offset
        // of a word in turn; fed at once (words) and byte by byte (no words), the reports agree.
        for offset in 0..<24 {
            var bytes = Array("id\tnom\tville\tcommentaire long\n".utf8)
            bytes += Array(repeating: UInt8(ascii: "a"), count: 40)
            bytes.insert(special, at: 32 + offset)
            bytes += Array("\tfin\r\nsuite é\n".utf8)
            let whole = Feeding.encoding(bytes, chunk: 4096)
            #expect(whole == Feeding.encoding(bytes, chunk: 1), "byte \(special) at \(offset)")
            #expect(whole == Feeding.encoding(bytes, chunk: 13), "byte \(special) at \(offset)")
        }
    }

    @Test("bytes 0x80–0x9F mean Windows-1252, and the conversion command says so")
    func windows1252() {
        let report = Feeding.encoding([0x93, 0x6F, 0x6B, 0x94, 0x0A, 0x80])
        #expect(report.encoding == .windows1252)
        #expect(report.firstInvalid?.reason == .unexpectedByte(0x93))
        #expect(report.conversionCommand(input: "my data.csv", output: "out.csv")
            == "iconv -f WINDOWS-1252 -t UTF-8 'my data.csv' > out.csv")
    }

    @Test("overlong forms, surrogates and a cut-off last character are invalid")
    func malformed() {
        #expect(Feeding.encoding([0x41, 0xC0, 0x80]).firstInvalid?.reason == .unexpectedByte(0xC0))
        #expect(Feeding.encoding([0xED, 0xA0, 0x80]).firstInvalid?.reason == .truncatedSequence)
        #expect(Feeding.encoding([0xF4, 0x90, 0x80, 0x80]).firstInvalid != nil)
        let cut = Feeding.encoding([0x61, 0x0A, 0x62, 0xE2, 0x82])
        #expect(cut.firstInvalid == InvalidByte(position: TextPosition(line: 2, column: 2), offset: 3, reason: .truncatedSequence))
    }

    @Test("byte order marks are recognised, and UTF-16 is found by its BOM or its NULs")
    func utf16() {
        let withBOM = Feeding.encoding([0xEF, 0xBB, 0xBF, 0x78, 0xE9])
        #expect(withBOM.byteOrderMark == .utf8)
        #expect(withBOM.firstInvalid?.position == TextPosition(line: 1, column: 2))
        #expect(Feeding.encoding([0xFE, 0xFF, 0x00, 0x61]).encoding == .utf16BigEndian)
        let littleEndian: [UInt8] = Array("id,name\n".utf8).flatMap { byte -> [UInt8] in [byte, 0] }
        #expect(Feeding.encoding(littleEndian).encoding == .utf16LittleEndian)
        #expect(Feeding.encoding(littleEndian).conversionCommand(input: "t.csv", output: "u.csv")
            == "iconv -f UTF-16LE -t UTF-8 t.csv > u.csv")
        #expect(Feeding.encoding([0xFF, 0xFE]).byteOrderMark == .utf16LittleEndian)
    }

    @Test("line endings are counted by kind")
    func lineEndings() {
        let report = Feeding.encoding(Array("a\r\nb\nc\rd".utf8), chunk: 1)
        #expect(report.lineEndings == LineEndingCounts(crlf: 1, lf: 1, cr: 1))
        #expect(report.lineEndings.isMixed)
    }

    @Test("non-UTF-8 bytes decode as Windows-1252")
    func decoding() {
        #expect(TextDecoding.string([0x93, 0x4E, 0xEE, 0x6D, 0x65, 0x73, 0x94]) == "\u{201C}Nîmes\u{201D}")
        #expect(TextDecoding.string(Array("déjà".utf8)) == "déjà")
    }
}
