@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
import Foundation
import Testing

@Suite("PDF inspector")
struct PDFInspectorTests {
    /// Reads `bytes` in chunks of every size of ``PDFFeed/chunkSizes`` and expects the same facts each time.
    private func read(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FileFacts {
        let feeds = PDFFeed.chunkSizes.map { PDFFeed(bytes, chunkSize: $0) }
        for feed in feeds.dropFirst() {
            #expect(feed.facts.pdf == feeds[0].facts.pdf, sourceLocation: sourceLocation)
            #expect(feed.facts.puid == feeds[0].facts.puid, sourceLocation: sourceLocation)
            #expect(feed.facts.mediaType == feeds[0].facts.mediaType, sourceLocation: sourceLocation)
        }
        return feeds[0].facts
    }

    private static let catalog = (1, "<< /Type /Catalog /Pages 2 0 R >>")
    private static let pages = (2, "<< /Type /Pages /Kids [] /Count 0 >>")

    @Test("reads a literal Info title and author with escapes, nested parentheses and continuations")
    func literalInfo() throws {
        var fixture = PDFFixture()
        fixture.append([Self.catalog, Self.pages, (3, #"""
            << /Producer (fairpack tests) /Title (Rapport \(v2\) \\ (note (interne)) \101\102C\t\n)
               /Author (Jean-Fran\
            \347ois Dupont) >>
            """#)], trailer: "/Root 1 0 R /Info 3 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == #"Rapport (v2) \ (note (interne)) ABC"#)
        #expect(pdf.infoAuthor == "Jean-François Dupont")
        #expect(pdf.version == "1.7")
        #expect(pdf.isEncrypted == false)
    }

    @Test("decodes UTF-16BE hex strings, with white space and an odd final digit")
    func hexInfo() throws {
        var fixture = PDFFixture()
        let title = PDFFixture.utf16Hex("Écosystèmes numériques").lowercased()
            .replacingOccurrences(of: "0", with: "0 ")
        fixture.append([Self.catalog, Self.pages, (7, "<</Title \(title)/Author<416C69636>>>")],
                       trailer: "/Root 1 0 R /Info 7 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == "Écosystèmes numériques")
        #expect(pdf.infoAuthor == "Alic`")
    }

    @Test("decodes PDFDocEncoding, UTF-8 with its mark, and trims white space and NULs")
    func textStrings() {
        let docEncoded: [UInt8] = [0x93, 0x6C, 0x65, 0x20, 0x80, 0x20, 0xE9, 0x74, 0xE9, 0x20, 0xA0]
        #expect(PDFTextString.decode(docEncoded) == "ﬁle • été €")
        #expect(PDFTextString.decode([0xEF, 0xBB, 0xBF] + Array("  naïve\0".utf8)) == "naïve")
        #expect(PDFTextString.decode([0xFE, 0xFF, 0x00, 0x1B, 0x00, 0x66, 0x00, 0x72, 0x00, 0x1B, 0x00, 0x41]) == "A")
        #expect(PDFTextString.decode([0x20, 0x00, 0x0A]) == nil)
    }

    @Test("reads the title and creators from XMP when there is no Info dictionary")
    func xmpOnly() throws {
        var fixture = PDFFixture()
        let description = """
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
             <dc:title><rdf:Alt>
              <rdf:li xml:lang="fr">Titre en fran&#xE7;ais</rdf:li>
              <rdf:li xml:lang="x-default">Donn&#233;es &amp; m&#233;thodes &lt;2024&gt;</rdf:li>
             </rdf:Alt></dc:title>
             <dc:creator><rdf:Seq>
              <rdf:li>Aurélien Nguyen</rdf:li><rdf:li>Jean-François Cerisier</rdf:li>
             </rdf:Seq></dc:creator>
            </rdf:Description>
            """
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>"), Self.pages,
                        (4, PDFFixture.metadata(description))],
                       trailer: "/Root 1 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == nil)
        #expect(pdf.xmpTitle == "Données & méthodes <2024>")
        #expect(pdf.xmpCreator == "Aurélien Nguyen; Jean-François Cerisier")
        #expect(pdf.title == "Données & méthodes <2024>")
        #expect(pdf.pdfaClaim == nil)
    }

    @Test("ignores XMP outside a metadata stream, such as an image's")
    func imageXMP() throws {
        var fixture = PDFFixture()
        let packet = "<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">IMG_0042.jpg</rdf:li></rdf:Alt>"
            + "</dc:title></x:xmpmeta>"
        fixture.append([Self.catalog, Self.pages,
                        (5, PDFFixture.stream("/Type /XObject /Subtype /Image", packet))],
                       trailer: "/Root 1 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.xmpTitle == nil)
    }

    @Test("does not take an outline item's title for the document's")
    func outlineTitle() throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>"), Self.pages,
                        (3, "<< /Type /Outlines /First 4 0 R /Last 4 0 R /Count 1 >>"),
                        (4, "<< /Title (Chapitre 1 : introduction) /Parent 3 0 R /Dest [0 /Fit] >>")],
                       trailer: "/Root 1 0 R")
        #expect(try #require(read(fixture.bytes).pdf).infoTitle == nil)

        fixture.append([(5, "<< /Title (Le vrai titre) /Author (A. Nguyen) >>"),
                        (6, "<< /Title (Chapitre 2) /Parent 3 0 R >>")], trailer: "/Root 1 0 R /Info 5 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == "Le vrai titre")
        #expect(pdf.infoAuthor == "A. Nguyen")
    }

    @Test("takes the Info dictionary of the last incremental update")
    func incrementalUpdate() throws {
        var fixture = PDFFixture()
        fixture.append([Self.catalog, Self.pages, (3, "<< /Title (Brouillon) /Author (Anonyme) >>")],
                       trailer: "/Root 1 0 R /Info 3 0 R")
        #expect(try #require(read(fixture.bytes).pdf).infoTitle == "Brouillon")

        fixture.append([(3, #"<< /Title (Version finale) /Author (Aur\351lien Nguyen) >>"#)],
                       trailer: "/Root 1 0 R /Info 3 0 R")
        let final = try #require(read(fixture.bytes).pdf)
        #expect(final.infoTitle == "Version finale")
        #expect(final.infoAuthor == "Aurélien Nguyen")

        fixture.append([(8, "<< /Title \(PDFFixture.utf16Hex("Version publiée")) /Producer (qpdf) >>")],
                       trailer: "/Root 1 0 R /Info 8 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == "Version publiée")
        #expect(pdf.infoAuthor == nil)
    }

    @Test("reads /Info from an xref stream dictionary")
    func xrefStream() throws {
        var fixture = PDFFixture(version: "1.5")
        let title = PDFFixture.utf16Hex("Flux de références")
        fixture.append([Self.catalog, Self.pages, (3, "<< /Title \(title) /Author (B. Martin) >>"),
                        (4, PDFFixture.stream("/Type /XRef /Size 5 /W [1 2 1] /Root 1 0 R /Info 3 0 R",
                                                               "\u{1}\u{0}\u{F}\u{0}"))],
                       trailer: "/Root 1 0 R")
        let facts = read(fixture.bytes)
        #expect(facts.pdf?.infoTitle == "Flux de références")
        #expect(facts.puid == "fmt/19")
    }

    @Test("an Info dictionary stored in a compressed object stream is marked unseen, not absent")
    func compressedInfo() throws {
        var fixture = PDFFixture()
        fixture.append([Self.catalog, Self.pages,
                        (5, PDFFixture.stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", "x\u{9C}compressed"))],
                       trailer: "/Root 1 0 R /Info 9 0 R")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.infoTitle == nil)
        #expect(pdf.infoIsCompressed)
        var plain = PDFFixture()
        plain.append([Self.catalog, Self.pages, (3, "<< /Producer (LibreOffice) >>")], trailer: "/Root 1 0 R /Info 3 0 R")
        #expect(try #require(read(plain.bytes).pdf).infoIsCompressed == false)
    }

    @Test("marks encrypted files and leaves their encrypted Info strings out")
    func encrypted() throws {
        var fixture = PDFFixture()
        fixture.append([Self.catalog, Self.pages, (3, "<< /Title <8F3A11D2C4> /Author <77E1> >>"),
                        (4, "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")],
                       trailer: "/Root 1 0 R /Info 3 0 R /Encrypt 4 0 R /ID [<01><01>]")
        let pdf = try #require(read(fixture.bytes).pdf)
        #expect(pdf.isEncrypted)
        #expect(pdf.infoTitle == nil)
        #expect(pdf.infoAuthor == nil)
    }

    @Test("identifies a PDF/A claim in XMP, as attributes or elements", arguments: [
        (#"<rdf:Description xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="2" pdfaid:conformance="B"/>"#,
         "2b", "fmt/477"),
        ("<rdf:Description><pdfaid:part>1</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>",
         "1a", "fmt/95"),
        (#"<rdf:Description pdfaid:part = '3' pdfaid:conformance='U'/>"#, "3u", "fmt/481"),
    ])
    func pdfa(_ description: String, _ claim: String, _ puid: String) throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>"), Self.pages,
                        (3, PDFFixture.metadata(description))],
                       trailer: "/Root 1 0 R")
        let facts = read(fixture.bytes)
        #expect(facts.pdf?.pdfaClaim == claim)
        #expect(facts.puid == puid)
    }

    @Test("identifies the format from the header version", arguments: [
        ("1.4", "fmt/18"), ("1.5", "fmt/19"), ("1.6", "fmt/20"), ("1.7", "fmt/276"), ("2.0", "fmt/1129"),
    ])
    func versions(_ version: String, _ puid: String) {
        var fixture = PDFFixture(version: version)
        fixture.append([Self.catalog, Self.pages], trailer: "/Root 1 0 R")
        let facts = read(Array(repeating: UInt8(ascii: " "), count: 300) + fixture.bytes)
        #expect(facts.pdf?.version == version)
        #expect(facts.mediaType == "application/pdf")
        #expect(facts.puid == puid)
    }

    @Test("leaves other files alone and stops reading after the first chunk")
    func notPDF() {
        let text = Array((String(repeating: "Ceci n'est pas un PDF.\n", count: 50) + "%PDF-1.7 trop tard\n"
            + String(repeating: "x", count: 2_000_000)).utf8)
        let feed = PDFFeed(text, chunkSize: FileReader.chunkSize)
        #expect(feed.facts.pdf == nil)
        #expect(feed.facts.mediaType == nil)
        #expect(feed.stoppedEarly)
        #expect(feed.chunksRead == 1)
        #expect(PDFFeed(text, chunkSize: 1).chunksRead == PDFInspector.headerWindow)
        #expect(PDFFeed(Array("%PD".utf8), chunkSize: 1).facts.pdf == nil)
        #expect(PDFInspectorFactory().makeInspector(for: FileEntry(path: "notes.txt")) != nil)
    }

    @Test("survives a file cut anywhere")
    func truncated() throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>"), Self.pages,
                        (3, #"<< /Title (Un titre (imbriqu\351)) /Author <FEFF0041> >>"#),
                        (4, PDFFixture.metadata("<dc:title>Titre XMP</dc:title>"))],
                       trailer: "/Root 1 0 R /Info 3 0 R")
        let bytes = fixture.bytes
        let trailerClosed = try #require(bytes.firstRange(of: Array(">>\nstartxref".utf8))).lowerBound + 2
        for length in 0...bytes.count {
            let pdf = PDFFeed(Array(bytes[..<length]), chunkSize: 5).facts.pdf
            if length < 5 { #expect(pdf == nil) }
            if length >= 8 { #expect(pdf?.version == "1.7") }
            #expect((pdf?.infoTitle != nil) == (length >= trailerClosed))
        }
        #expect(try #require(read(bytes).pdf).infoTitle == "Un titre (imbriqué)")
    }
}
