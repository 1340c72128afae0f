import Testing
@testable import FairPackFormats

@Suite struct PackageTests {
    @Test("Zip-based formats are told apart by their entries", arguments: [
        ("report.docx", FileFormat.docx, "fmt/412"), ("table.xlsx", .xlsx, "fmt/214"), ("slides.pptx", .pptx, "fmt/215"),
        ("macros.docm", .docm, "fmt/523"), ("text.odt", .odt, "fmt/291"), ("sheet.ods", .ods, "fmt/1755"),
        ("deck.odp", .odp, "fmt/292"), ("book.epub", .epub, "fmt/483"), ("plain.zip", .zip, "x-fmt/263"),
    ])
    func zipFormats(name: String, format: FileFormat, puid: String) throws {
        let identity = Samples.identify(try Samples.fixture(name), name: name)
        #expect(identity.format == format)
        #expect(identity.puid == puid)
        #expect(identity.extensionAgrees(fileName: name))
        #expect(!identity.isEncryptedZip)
    }

    @Test("An OOXML main part beyond the head is found in the central directory kept in the tail")
    func centralDirectory() throws {
        let bytes = try Samples.fixture("late-parts.docx")
        #expect(bytes.count > FormatIdentifier.defaultHeadLimit)
        for chunk in [1, 7, 4096] {
            let identity = Samples.identify(bytes, chunkSize: chunk)
            #expect(identity.format == .docx, "chunk size \(chunk)")
        }
        let headOnly = FormatIdentification.identify(ContentSample(head: Array(bytes.prefix(65_536)), fileSize: bytes.count))
        #expect(headOnly.format == .ooxml && headOnly.puid == "fmt/189")
    }

    @Test("An ODF part beyond the head is read from the tail to learn the version")
    func odfVersionFromTail() throws {
        let bytes = try Samples.fixture("big-picture.odt")
        #expect(bytes.count > FormatIdentifier.defaultHeadLimit)
        for chunk in [7, 4096] {
            let identity = Samples.identify(bytes, chunkSize: chunk)
            #expect(identity.format == .odt && identity.version == "1.3" && identity.puid == "fmt/1756")
        }
        let headOnly = FormatIdentification.identify(ContentSample(head: Array(bytes.prefix(65_536)), fileSize: bytes.count))
        #expect(headOnly.format == .odt && headOnly.puid == nil)
    }

    @Test("A zip entry with its encryption bit set marks the file as an encrypted zip")
    func encryptedZip() throws {
        var bytes = try Samples.fixture("plain.zip")
        bytes[6] |= 0x01
        let identity = Samples.identify(bytes)
        #expect(identity.format == .zip && identity.isEncryptedZip && identity.isArchive)
        #expect(ArchivalPreference.of(identity).level == .discouraged)
    }

    @Test("OLE2 stream names tell Word, Excel and PowerPoint apart", arguments: [
        (["WordDocument", "1Table"], FileFormat.doc, Optional("fmt/40")),
        (["Workbook"], .xls, "fmt/61"),
        (["Book"], .xls, "fmt/59"),
        (["PowerPoint Document", "Current User"], .ppt, "fmt/126"),
        (["EncryptedPackage", "EncryptionInfo"], .officeEncrypted, "fmt/494"),
        (["__substg1.0_0037001F"], .ole2, "fmt/111"),
    ])
    func compoundFiles(streams: [String], format: FileFormat, puid: String?) {
        let fib: [UInt8] = [0xEC, 0xA5, 0xC1, 0x00] + [UInt8](repeating: 0, count: 12)
        let identity = FormatIdentification.identify(ContentSample(head: Samples.compoundFile(streams: streams, firstStreamData: fib)))
        #expect(identity.format == format)
        #expect(identity.puid == puid)
    }

    @Test("A Word file whose FIB says encrypted is the password-protected Word id")
    func encryptedWord() {
        let fib: [UInt8] = [0xEC, 0xA5, 0xC1, 0x00] + [UInt8](repeating: 0, count: 6) + [0x00, 0x01] + [0, 0, 0, 0]
        let identity = FormatIdentification.identify(ContentSample(head: Samples.compoundFile(streams: ["WordDocument"], firstStreamData: fib)))
        #expect(identity.puid == "fmt/754")
    }

    @Test("A compound file whose directory lies beyond the head is generic OLE2, not a guess")
    func directoryBeyondHead() {
        let file = Samples.compoundFile(streams: ["WordDocument"])
        let identity = FormatIdentification.identify(ContentSample(head: Array(file.prefix(1024)), fileSize: 1_000_000))
        #expect(identity.format == .ole2)
    }
}
