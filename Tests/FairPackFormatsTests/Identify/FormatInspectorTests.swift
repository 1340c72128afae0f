import Foundation
import Testing
@testable import FairPackDeposit
@testable import FairPackFormats
@testable import FairPackInspection

@Suite struct FormatInspectorTests {
    /// Reads `bytes` named `path` through the given factories, in chunks of `chunkSize`, as the reader does.
    static func read(_ bytes: [UInt8], path: String, chunkSize: Int = 4096,
                     factories: [any InspectorFactory] = [FormatInspectorFactory()]) -> FileFacts {
        let entry = FileEntry(path: path, size: UInt64(bytes.count))
        var inspectors = factories.compactMap { $0.makeInspector(for: entry) }
        var wanting = Array(repeating: true, count: inspectors.count)
        var facts = FileFacts(path: path)
        var offset = 0
        while offset < bytes.count, wanting.contains(true) {
            let end = min(bytes.count, offset + chunkSize)
            bytes[offset..<end].withUnsafeBytes { chunk in
                for index in inspectors.indices where wanting[index] { wanting[index] = inspectors[index].consume(chunk) }
            }
            facts.bytesRead += UInt64(end - offset)
            offset = end
        }
        for index in inspectors.indices { inspectors[index].finish(into: &facts) }
        return facts
    }

    static let wordDocument = Samples.compoundFile(streams: ["WordDocument", "1Table"])

    @Test("a Word 97 document renamed .pdf is identified as Word, and its extension disagrees", arguments: [1, 7, 4096])
    func renamedDoc(chunkSize: Int) throws {
        let facts = Self.read(Self.wordDocument, path: "rapport.pdf", chunkSize: chunkSize)
        let format = try #require(facts.format)
        #expect(format.format == "doc")
        #expect(!format.extensionAgrees)
        #expect(format.expectedExtensions.contains("doc"))
        #expect(facts.mediaType == format.mediaType)
        #expect(facts.mediaType == "application/msword")
        #expect(format.preference == .discouraged)
        #expect(format.convertTo.contains("PDF/A"))
    }

    @Test("the same document named .doc agrees")
    func namedDoc() throws {
        #expect(try #require(Self.read(Self.wordDocument, path: "rapport.doc").format).extensionAgrees)
    }

    @Test("unrecognised binary content is application/octet-stream, whatever the extension")
    func unknownContent() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<3_000).map { _ in UInt8.random(in: 0...255, using: &generator) } .map { $0 == 0x25 ? 0 : $0 }
        let facts = Self.read([0x00, 0x01, 0xFE] + bytes, path: "data/table.csv")
        #expect(facts.mediaType == "application/octet-stream")
        #expect(facts.puid == nil)
        #expect(facts.format?.extensionAgrees == true)
    }

    @Test("a licence text without extension is plain text")
    func licenceText() throws {
        let text = Array("Licence Ouverte / Open Licence version 2.0\n\nLe « Réutilisateur » est libre de réutiliser l'Information.\n".utf8)
        let facts = Self.read(text, path: "LICENSE", chunkSize: 7)
        #expect(facts.mediaType == "text/plain")
        #expect(facts.format?.isTextual == true)
        #expect(facts.format?.extensionAgrees == true)
    }

    @Test("a zip inside the deposit is a file tree; a zip of a zip is still one")
    func nestedZip() throws {
        let zip = try Samples.fixture("plain.zip")
        let facts = Self.read(zip, path: "data/corpus.zip", chunkSize: 7)
        let format = try #require(facts.format)
        #expect(format.isArchive && format.isFileTree)
        #expect(format.mediaType == "application/zip")
        #expect(!format.isEncryptedZip)
    }

    @Test("a tar is a file tree, a gzip stream is an archive but not a tree")
    func tarAndGzip() throws {
        let tar = try #require(Self.read(try Samples.fixture("bundle.tar"), path: "bundle.tar").format)
        #expect(tar.isFileTree)
        let gzip = try #require(Self.read(try Samples.fixture("notes.txt.gz"), path: "notes.txt.gz").format)
        #expect(gzip.isArchive && !gzip.isFileTree)
    }

    @Test("the PDF and identification inspectors agree on a PDF/A, in either order", arguments: [false, true])
    func pdfaAgreement(pdfFirst: Bool) throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>"), (2, "<< /Type /Pages /Kids [] /Count 0 >>"),
                        (3, PDFFixture.metadata(#"<rdf:Description pdfaid:part="2" pdfaid:conformance="B"/>"#))],
                       trailer: "/Root 1 0 R")
        let factories: [any InspectorFactory] = pdfFirst ? [PDFInspectorFactory(), FormatInspectorFactory()]
            : [FormatInspectorFactory(), PDFInspectorFactory()]
        let facts = Self.read(fixture.bytes, path: "rapport.pdf", chunkSize: 7, factories: factories)
        let format = try #require(facts.format)
        #expect(facts.pdf?.pdfaClaim == "2b")
        #expect(facts.puid == "fmt/477")
        #expect(format.puid == "fmt/477")
        #expect(format.name == "PDF/A-2b")
        #expect(format.preference == .preferred)
        #expect(facts.mediaType == "application/pdf")
    }

    @Test("a plain PDF keeps its version's PRONOM id and is accepted with PDF/A as the archival form")
    func plainPDF() throws {
        var fixture = PDFFixture(version: "1.4")
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R >>"), (2, "<< /Type /Pages /Kids [] /Count 0 >>")], trailer: "/Root 1 0 R")
        let facts = Self.read(fixture.bytes, path: "rapport.pdf", factories: [FormatInspectorFactory(), PDFInspectorFactory()])
        #expect(facts.puid == "fmt/18")
        #expect(facts.format?.preference == .accepted)
        #expect(facts.format?.convertTo == ["PDF/A"])
    }

    @Test("an ELF program is executable")
    func executable() throws {
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 8)
            + [0x02, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00] + [UInt8](repeating: 0, count: 40)
        let format = try #require(Self.read(elf, path: "bin/analyse").format)
        #expect(format.isExecutable)
    }

    @Test("an empty file gets facts, not a crash")
    func emptyFile() {
        #expect(Self.read([], path: "vide.csv").format != nil)
    }
}

@Suite struct FormatInspectorTextTests {
    @Test("a CSV too short to show its table is plain text, and its .csv name still agrees")
    func shortCSV() throws {
        let facts = FormatInspectorTests.read(Array("id,académie\nE01,Poitiers\n".utf8), path: "data/a.csv")
        #expect(facts.format?.extensionAgrees == true)
    }

    @Test("text named .pdf disagrees")
    func textAsPDF() throws {
        let facts = FormatInspectorTests.read(Array("Just a few words.\n".utf8), path: "rapport.pdf")
        #expect(facts.format?.extensionAgrees == false)
    }
}
