import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
import Foundation
import Testing

/// The content checks over real files written in a temporary deposit, read once by the auditor.
@Suite("Content audits")
struct ContentAuditTests {
    static let rules = ["format.mismatch", "archive.nested", "files.junk", "files.name.portable", "files.name.case-collision",
                        "files.duplicate", "files.readme", "pdf.damaged", "pdf.encrypted", "files.hidden"]

    func audit(_ files: [String: [UInt8]]) throws -> [Finding] {
        let folder = try TemporaryFolder()
        try folder.write("deposit/deposit.yaml", "title: \"Entretiens\"\n")
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: folder.url("deposit/" + path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        var catalog = try ProfileCatalog.load()
        let rules = Self.rules.map { "  \($0): { severity: warning }" }.joined(separator: "\n")
        try catalog.add(try ProfileDocument.parse("id: content\nrules:\n\(rules)\n", file: "content.yaml"))
        let profile = try ProfileResolver.resolve(["content"], in: catalog)
        return Auditor(profile: profile).audit(try Deposit.open(at: folder.url("deposit"))).findings
    }

    static let readme = Array("# Entretiens\n\nIndex des entretiens.\n".utf8)
    static let csv = Array("id,académie\nE01,Poitiers\nE02,Rennes\n".utf8)
    @Test("a clean deposit has no finding")
    func clean() throws {
        let findings = try audit(["README.md": Self.readme, "data/a.csv": Self.csv])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("a PDF renamed .csv, junk, a colon, a case collision, a duplicate and a missing README are each found")
    func defects() throws {
        let findings = try audit([
            "data/table.csv": Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n45\n%%EOF\n".utf8),
            "data/a:b.csv": Self.csv, "data/Notes.txt": Array("un\n".utf8), "data/notes.txt": Array("deux\n".utf8),
            "copie/a.csv": Self.csv, "data/.DS_Store": [0, 0, 0, 1] + Array("Bud1".utf8),
            "rapport.pdf": Array("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8),
        ])
        func has(_ rule: String, _ path: String) -> Bool { findings.contains { $0.rule == rule && $0.path == path } }
        #expect(has("format.mismatch", "data/table.csv"))
        #expect(has("files.name.portable", "data/a:b.csv"))
        #expect(has("files.name.case-collision", "data/notes.txt") || has("files.name.case-collision", "data/Notes.txt"))
        #expect(has("files.duplicate", "data/a:b.csv"))
        #expect(has("files.junk", "data/.DS_Store"))
        #expect(!has("files.hidden", "data/.DS_Store"))
        #expect(has("files.readme", "README.md"))
        #expect(has("pdf.damaged", "rapport.pdf"))
        #expect(!has("pdf.damaged", "data/table.csv"))
    }
}

@Suite("Former rule ids")
struct FormerRuleIdTests {
    @Test("a profile naming files.name-encoding sets files.name.portable, the same rule")
    func alias() throws {
        var catalog = try ProfileCatalog.load()
        try catalog.add(try ProfileDocument.parse(
            "id: old\nextends: [fair-core]\nrules:\n  files.name-encoding: { severity: note, max-path-length: 20 }\n", file: "old.yaml"))
        let profile = try ProfileResolver.resolve(["old"], in: catalog)
        let rules = profile.rules.filter { $0.id.hasPrefix("files.name") && $0.id != "files.name.case-collision" }
        #expect(rules.map(\.id) == ["files.name.portable"])
        #expect(rules.first?.severity == .note)
    }
}
