@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
import CZlib
import Foundation
import Testing

@Suite("PDF inspector: compressed object streams and metadata")
struct PDFCompressedObjectsTests {
    /// `objstm-info.pdf` is the sample's `conditions-innovation-pedagogique.pdf` given a new Info
    /// dictionary and saved by qpdf (through pikepdf) with generated object streams: every
    /// non-stream object, the Info dictionary included, sits in one Flate-compressed `/ObjStm`.
    @Test("reads the Info dictionary from the object stream of a PDF 1.5 written by qpdf")
    func objectStreamInfo() throws {
        let bytes = try Samples.fixture("objstm-info.pdf")
        #expect(String(decoding: bytes, as: UTF8.self).contains("/ObjStm"))
        let pdf = try #require(Self.read(bytes).pdf)
        #expect(pdf.infoTitle == "Écosystèmes numériques scolaires : cadre conceptuel")
        #expect(pdf.infoAuthor == "Cerisier, Jean-François")
        #expect(pdf.infoIsCompressed == false)
        #expect(pdf.damage == nil)
    }

    /// `attachment.pdf` is the sample's `conditions-innovation-pedagogique.pdf` with a CSV attached
    /// by qpdf (through pikepdf): a catalog `/Names << /EmbeddedFiles … >>` and an `/EmbeddedFile` stream.
    @Test("finds embedded files (attachments), and none in a PDF without them")
    func embeddedFiles() throws {
        let attached = try #require(Self.read(try Samples.fixture("attachment.pdf")).pdf)
        #expect(attached.hasEmbeddedFiles)
        let plain = try #require(Self.read(try Samples.fixture("objstm-info.pdf")).pdf)
        #expect(plain.hasEmbeddedFiles == false)
    }

    @Test("reads XMP from a Flate-compressed metadata stream, PDF/A claim included")
    func compressedXMP() throws {
        let packet = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Gouvernance du numérique éducatif</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>Nguyen, Aurélien</rdf:li></rdf:Seq></dc:creator>
            <pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="r"?>
            """
        let stream = try Self.deflate(Array(packet.utf8))
        let bytes = Self.pdf([
            (1, Array("<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>".utf8)),
            (2, Array("<< /Type /Pages /Kids [] /Count 0 >>".utf8)),
            (3, Self.streamObject("/Type /Metadata /Subtype /XML /Filter /FlateDecode", stream)),
        ])
        #expect(!String(decoding: bytes, as: UTF8.self).contains("pdfaid"))
        let facts = Self.read(bytes)
        let pdf = try #require(facts.pdf)
        #expect(pdf.xmpTitle == "Gouvernance du numérique éducatif")
        #expect(pdf.xmpCreator == "Nguyen, Aurélien")
        #expect(pdf.pdfaClaim == "2b")
        #expect(facts.puid == "fmt/477")
    }

    @Test("an object stream whose filter is not Flate is left unread and marked so")
    func otherFilter() throws {
        let bytes = Self.pdf([
            (1, Array("<< /Type /Catalog /Pages 2 0 R >>".utf8)),
            (2, Array("<< /Type /Pages /Kids [] /Count 0 >>".utf8)),
            (5, Self.streamObject("/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode", Array("9 0 << /Title (x) >>".utf8))),
        ], trailer: "/Root 1 0 R /Info 9 0 R")
        let pdf = try #require(Self.read(bytes).pdf)
        #expect(pdf.infoTitle == nil)
        #expect(pdf.infoIsCompressed)
    }

    @Test("a hostile object stream (every object at offset 0, garbage after) gives facts, not a hang or crash")
    func hostileHeader() throws {
        let count = 20_000
        let header = (0..<count).map { "\($0 + 10) 0" }.joined(separator: " ") + " "
        let body = header + "<< /Title (Pi\\350ge) /Author (Anonyme) >> " + String(repeating: "(((( stream << [", count: 2_000)
        let stream = try Self.deflate(Array(body.utf8))
        let bytes = Self.pdf([
            (1, Array("<< /Type /Catalog /Pages 2 0 R >>".utf8)),
            (5, Self.streamObject("/Type /ObjStm /N \(count) /First \(header.utf8.count) /Filter /FlateDecode", stream)),
        ], trailer: "/Root 1 0 R /Info 10 0 R")
        let pdf = try #require(Self.read(bytes).pdf)
        #expect(pdf.infoTitle == "Piège")
        #expect(pdf.version == "1.7")
    }

    @Test("a truncated compressed stream and a corrupt one leave the rest of the file read")
    func damagedStreams() throws {
        let good = try Self.deflate(Array("3 0 << /Title (Rapport final) >>".utf8))
        let truncated = Array(good.prefix(good.count / 2))
        for data in [truncated, [UInt8](repeating: 0xFF, count: 64)] {
            let bytes = Self.pdf([
                (1, Array("<< /Type /Catalog /Pages 2 0 R >>".utf8)),
                (5, Self.streamObject("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", data)),
                (7, Array("<< /Title (Rapport annexe) /Producer (Writer) >>".utf8)),
            ], trailer: "/Root 1 0 R /Info 7 0 R")
            let pdf = try #require(Self.read(bytes).pdf)
            #expect(pdf.infoTitle == "Rapport annexe")
        }
    }

    // MARK: - Building PDFs with binary streams

    /// Reads `bytes` in every chunk size and expects the same facts each time.
    static func read(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FileFacts {
        let feeds = PDFFeed.chunkSizes.map { PDFFeed(bytes, chunkSize: $0) }
        for feed in feeds.dropFirst() {
            #expect(feed.facts.pdf == feeds[0].facts.pdf, sourceLocation: sourceLocation)
            #expect(feed.facts.puid == feeds[0].facts.puid, sourceLocation: sourceLocation)
        }
        return feeds[0].facts
    }

    /// A stream object's body with binary data.
    static func streamObject(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
        Array("<< \(dictionary) /Length \(data.count) >>\nstream\r\n".utf8) + data + Array("\r\nendstream".utf8)
    }

    /// A whole PDF 1.7 file: the objects, a cross-reference table with their offsets and a trailer.
    static func pdf(_ objects: [(Int, [UInt8])], trailer: String = "/Root 1 0 R") -> [UInt8] {
        var bytes = Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [(Int, Int)] = []
        for (number, body) in objects {
            offsets.append((number, bytes.count))
            bytes += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets { table += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset) }
        let size = (objects.map(\.0).max() ?? 0) + 1
        table += "trailer\n<< /Size \(size) \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    /// `data` compressed with zlib, as PDF writers' FlateDecode streams are.
    static func deflate(_ data: [UInt8]) throws -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, data, uLong(data.count), 9)
        try #require(status == Z_OK)
        return Array(output.prefix(Int(length)))
    }
}
