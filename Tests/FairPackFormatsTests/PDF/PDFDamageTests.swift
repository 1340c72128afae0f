import Testing
@testable import FairPackFormats
@testable import FairPackInspection

@Suite struct PDFDamageTests {
    static let catalog = (1, "<< /Type /Catalog /Pages 2 0 R >>")
    static let pages = (2, "<< /Type /Pages /Kids [] /Count 0 >>")

    static func sound() -> [UInt8] {
        var fixture = PDFFixture()
        fixture.append([catalog, pages, (3, "<< /Title (Rapport) /Author (Cerisier) >>")], trailer: "/Root 1 0 R /Info 3 0 R")
        return fixture.bytes
    }

    @Test("a complete PDF is not damaged, whatever the chunk size", arguments: PDFFeed.chunkSizes)
    func complete(chunkSize: Int) throws {
        let pdf = try #require(PDFFeed(Self.sound(), chunkSize: chunkSize).facts.pdf)
        #expect(pdf.damage == nil)
        #expect(!pdf.hasJavaScript)
    }

    @Test("a PDF cut short has no %%EOF", arguments: PDFFeed.chunkSizes)
    func truncated(chunkSize: Int) throws {
        let bytes = Self.sound()
        let pdf = try #require(PDFFeed(Array(bytes.prefix(bytes.count * 2 / 3)), chunkSize: chunkSize).facts.pdf)
        #expect(pdf.damage?.contains("%%EOF") == true)
    }

    @Test("a startxref pointing past the end is an unreadable cross-reference")
    func badStartxref() throws {
        var text = String(decoding: Self.sound(), as: UTF8.self)
        let range = try #require(text.range(of: "startxref\n"))
        let end = try #require(text[range.upperBound...].firstIndex(of: "\n"))
        text.replaceSubrange(range.upperBound..<end, with: "999999")
        let pdf = try #require(PDFFeed(Array(text.utf8), chunkSize: 7).facts.pdf)
        #expect(pdf.damage?.contains("cross-reference") == true)
    }

    @Test("a PDF without any cross-reference section is damaged")
    func noXref() throws {
        let bytes = Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".utf8)
        let pdf = try #require(PDFFeed(bytes, chunkSize: 4096).facts.pdf)
        #expect(pdf.damage != nil)
    }

    @Test("/JavaScript and /JS actions are seen", arguments: ["<< /S /JavaScript /JS (app.alert\\(1\\)) >>", "<< /JS 9 0 R >>"])
    func javaScript(action: String) throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"), Self.pages, (4, action)], trailer: "/Root 1 0 R")
        let pdf = try #require(PDFFeed(fixture.bytes, chunkSize: 1).facts.pdf)
        #expect(pdf.hasJavaScript)
        #expect(pdf.damage == nil)
    }

    @Test("an encrypted PDF is flagged")
    func encrypted() throws {
        var fixture = PDFFixture()
        fixture.append([Self.catalog, Self.pages, (4, "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")],
                       trailer: "/Root 1 0 R /Encrypt 4 0 R /ID [<01><01>]")
        let pdf = try #require(PDFFeed(fixture.bytes, chunkSize: 7).facts.pdf)
        #expect(pdf.isEncrypted)
        #expect(pdf.damage == nil)
    }
}
