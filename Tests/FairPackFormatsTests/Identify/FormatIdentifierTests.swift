import Testing
@testable import FairPackFormats

@Suite struct FormatIdentifierTests {
    static let fixtures = ["report.docx", "late-parts.docx", "text.odt", "samples.sqlite", "tone.wav", "bundle.tar", "model.rds"]

    @Test("The result does not depend on chunk size", arguments: fixtures)
    func chunkSizes(name: String) throws {
        let bytes = try Samples.fixture(name)
        let results = [1, 7, 4096, 1 << 20].map { Samples.identify(bytes, name: name, chunkSize: $0) }
        #expect(results.allSatisfy { $0 == results[0] })
        #expect(results[0].format != .unknown)
    }

    @Test("A non-zip file stops asking for bytes once the head is full")
    func stopsEarly() {
        var identifier = FormatIdentifier(headLimit: 1024)
        let chunk = [UInt8](repeating: 0x41, count: 600)
        let first = chunk.withUnsafeBytes { identifier.consume($0) }
        let second = chunk.withUnsafeBytes { identifier.consume($0) }
        #expect(first && !second)
        #expect(identifier.result().format == .plainText)
    }

    @Test("A zip file keeps reading for its central directory, with bounded memory")
    func zipKeepsTail() {
        var identifier = FormatIdentifier(headLimit: 1024, tailLimit: 1024)
        let start: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 4092)
        var more = start.withUnsafeBytes { identifier.consume($0) }
        let filler = [UInt8](repeating: 0x55, count: 1 << 16)
        for _ in 0..<64 where more { more = filler.withUnsafeBytes { identifier.consume($0) } }
        #expect(more)
        #expect(identifier.result().format == .zip)
    }

    @Test("Hostile bytes give a result, never a crash", arguments: [0, 1, 2, 3, 4, 5])
    func hostile(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let prefixes: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], CompoundFile.signature, [0x1F, 0x8B, 0x08], Array("RIFF".utf8),
                                   [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Array("{[[[[".utf8)]
        for length in [0, 5, 64, 700, 5000] {
            let noise = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let bytes = prefixes[seed] + noise
            _ = FormatIdentification.identify(ContentSample(head: bytes, tail: Array(bytes.suffix(100)), fileSize: bytes.count + 10))
            _ = Samples.identify(bytes, chunkSize: 7)
        }
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(FormatIdentification.identify(ContentSample(head: deep)).format == .plainText)
    }

    @Test("Truncated and corrupted real files give a result, never a crash", arguments: fixtures + ["late-parts.docx", "big-picture.odt"])
    func truncated(name: String) throws {
        let bytes = try Samples.fixture(name)
        var generator = SplitMix(seed: UInt64(bytes.count))
        for cut in [1, 4, 30, 100, 513, bytes.count / 2, bytes.count - 1] where cut > 0 && cut < bytes.count {
            var damaged = Array(bytes.prefix(cut))
            for _ in 0..<8 where damaged.count > 10 {
                damaged[Int(generator.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            _ = Samples.identify(damaged, chunkSize: 7)
            _ = FormatIdentification.identify(ContentSample(head: damaged, tail: Array(damaged.suffix(64)), fileSize: bytes.count))
        }
    }

    @Test("extensionAgrees compares the last extension with what the content allows")
    func extensionAgreement() {
        let pdf = FormatIdentification.identify(ContentSample(head: Array("%PDF-1.4\n".utf8)))
        #expect(pdf.extensionAgrees(fileName: "paper.PDF"))
        #expect(!pdf.extensionAgrees(fileName: "paper.docx"))
        #expect(!pdf.extensionAgrees(fileName: "paper"))
        let csv = FormatIdentification.identify(ContentSample(head: Array("a,b\n1,2\n3,4\n5,6\n".utf8)))
        #expect(csv.extensionAgrees(fileName: "dir/table.txt"))
        #expect(FormatIdentity.unknown.extensionAgrees(fileName: "anything.bin"))
        let text = FormatIdentification.identify(ContentSample(head: Array("Some notes.\n".utf8)))
        #expect(text.extensionAgrees(fileName: "README") && text.extensionAgrees(fileName: "analysis.R"))
        #expect(!text.extensionAgrees(fileName: "figure.png") && !text.extensionAgrees(fileName: "paper.pdf"))
        #expect(text.extensionAgrees(fileName: "setup.cfg") && text.extensionAgrees(fileName: "units.service"))
        let elf = FormatIdentification.identify(ContentSample(head: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]))
        #expect(elf.extensionAgrees(fileName: "libz.so.1.3") && !elf.extensionAgrees(fileName: "data.csv"))
    }

    @Test("A PDF/A declaration from XMP refines the PDF id")
    func pdfA() {
        let pdf = FormatIdentification.identify(ContentSample(head: Array("%PDF-1.4\n".utf8)))
        let archival = pdf.declaringPDFA(part: 2, conformance: "B")
        #expect(archival.puid == "fmt/477" && archival.name == "PDF/A-2b")
        #expect(ArchivalPreference.of(archival).level == .preferred)
        #expect(ArchivalPreference.of(pdf).convertTo == ["PDF/A"])
    }

    @Test("Every format has a media type, a name and an archival preference")
    func catalogue() {
        for format in FileFormat.allCases {
            #expect(!format.mediaType.isEmpty && !format.name.isEmpty)
            let preference = ArchivalPreference.of(FormatIdentity(format: format))
            #expect(!preference.reason.isEmpty)
        }
        #expect(ArchivalPreference.of(FormatIdentity(format: .xlsx)).convertTo.contains("CSV"))
        #expect(ArchivalPreference.of(FormatIdentity(format: .doc)).level == .discouraged)
    }
}

/// A small deterministic generator for noise.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
