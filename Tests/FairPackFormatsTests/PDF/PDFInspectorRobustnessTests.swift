@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
import Foundation
import Testing

@Suite("PDF inspector on hostile and real files")
struct PDFInspectorRobustnessTests {
    /// The same pseudo-random bytes on every run.
    private static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    private static func timed(_ bytes: [UInt8], chunkSize: Int = FileReader.chunkSize) -> (PDFFeed, Duration) {
        let clock = ContinuousClock()
        var feed: PDFFeed?
        let duration = clock.measure { feed = PDFFeed(bytes, chunkSize: chunkSize) }
        return (feed ?? PDFFeed([], chunkSize: 1), duration)
    }

    @Test("turns down 2 MB of random bytes after the first chunk")
    func randomBytes() {
        let (feed, duration) = Self.timed(Self.noise(2_000_000, seed: 42))
        #expect(feed.facts.pdf == nil)
        #expect(feed.chunksRead == 1)
        _ = duration
    }

    @Test("reads 2 MB of random bytes after a PDF header in linear time, finding nothing")
    func randomBody() {
        let (feed, duration) = Self.timed(Array("%PDF-1.6\n".utf8) + Self.noise(2_000_000, seed: 7))
        var expected = PDFFacts(version: "1.6")
        expected.damage = "no %%EOF at the end (the file may be truncated)"
        #expect(feed.facts.pdf == expected)
        #expect(feed.facts.puid == "fmt/20")
        // A guard against a hang (quadratic work on 2 MB would take hours), not a speed figure:
        // sanitizers and a loaded machine make this run 20 times slower than usual.
        #expect(duration < .seconds(120))
    }

    /// A body that follows a valid header, built when the test runs so its name stays short.
    struct HostileBody: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var unit: String
        var count: Int
        var prefix = ""

        var bytes: [UInt8] { Array("%PDF-1.7\n\(prefix)\(String(repeating: unit, count: count))".utf8) }
    }

    @Test("survives hostile bodies in linear time", arguments: [
        HostileBody(testDescription: "a million open parentheses", unit: "(", count: 1_000_000),
        HostileBody(testDescription: "stray closing delimiters", unit: ")>]}", count: 250_000),
        HostileBody(testDescription: "unclosed dictionaries", unit: "<<", count: 500_000),
        HostileBody(testDescription: "an unterminated hex string", unit: "4A", count: 500_000,
                    prefix: "1 0 obj << /Title <"),
        HostileBody(testDescription: "objects that never end", unit: "1 0 obj << /Title (x) /Info 1 0 R ",
                    count: 30_000),
        HostileBody(testDescription: "an unterminated XMP packet", unit: "<dc:title>", count: 100_000,
                    prefix: "1 0 obj << /Type /Metadata >> stream\n<x:xmpmeta>"),
        HostileBody(testDescription: "oversized numbers", unit: "99999999999999999999 0 obj ", count: 40_000),
        HostileBody(testDescription: "a stream without end", unit: "endstrea", count: 100_000,
                    prefix: "1 0 obj << /Length 5 >> stream\n"),
        HostileBody(testDescription: "many escapes", unit: "\\\\\\0\\\r\n\\", count: 200_000, prefix: "("),
    ])
    func hostile(_ body: HostileBody) {
        let (feed, duration) = Self.timed(body.bytes, chunkSize: 4096)
        #expect(feed.facts.pdf?.version == "1.7")
        #expect(feed.facts.pdf?.infoTitle == nil)
        #expect(duration < .seconds(120), "a guard against a hang, not a speed figure")
    }

    @Test("keeps 4 KiB of a huge string and nothing of another object's")
    func hugeString() throws {
        var fixture = PDFFixture()
        fixture.append([(1, "<< /Type /Catalog >>"),
                        (2, "<< /Title (" + String(repeating: "A", count: 8_000_000) + ") /Author (X) >>")],
                       trailer: "/Root 1 0 R /Info 2 0 R")
        let (feed, _) = Self.timed(fixture.bytes)
        let pdf = try #require(feed.facts.pdf)
        #expect(pdf.infoTitle?.utf8.count == PDFTokenScanner.stringLimit)
        #expect(pdf.infoAuthor == "X")
    }

    @Test("reads XMP fields from the first 64 KiB of an oversized packet")
    func oversizedPacket() throws {
        var fixture = PDFFixture()
        let description = "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Gros paquet</rdf:li></rdf:Alt></dc:title>"
            + "<!-- " + String(repeating: "remplissage ", count: 100_000) + "-->"
            + "<dc:creator><rdf:Seq><rdf:li>Trop loin</rdf:li></rdf:Seq></dc:creator>"
        fixture.append([(1, "<< /Type /Catalog /Metadata 2 0 R >>"),
                        (2, PDFFixture.metadata(description))], trailer: "/Root 1 0 R")
        let pdf = try #require(PDFFeed(fixture.bytes, chunkSize: 4096).facts.pdf)
        #expect(pdf.xmpTitle == "Gros paquet")
        #expect(pdf.xmpCreator == nil)
    }

    @Test("keeps the Info dictionary among many outline items")
    func manyOutlineItems() throws {
        var fixture = PDFFixture()
        var objects = [(1, "<< /Type /Catalog >>"), (2, "<< /Title (Le titre) >>")]
        objects += (3..<500).map { ($0, "<< /Title (Section \($0)) /Parent 2 0 R >>") }
        fixture.append(objects, trailer: "/Root 1 0 R /Info 2 0 R")
        let pdf = try #require(PDFFeed(fixture.bytes, chunkSize: 4096).facts.pdf)
        #expect(pdf.infoTitle == "Le titre")
    }

    @Test("reads the title and author of every sample deliverable")
    func samples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Samples/gtnum-reve/deliverables").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(names.count == 7)
        let reader = FileReader(factories: [PDFInspectorFactory()])
        for name in names {
            let size = try #require(FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int)
            let facts = reader.read(FileEntry(path: name, size: UInt64(size)), root: folder)
            let pdf = try #require(facts.pdf, "\(name)")
            #expect(pdf.infoTitle?.isEmpty == false, "\(name)")
            #expect(pdf.infoAuthor?.isEmpty == false, "\(name)")
            #expect(facts.puid == "fmt/276", "\(name)")
            #expect(facts.readError == nil, "\(name)")
        }
    }
}
