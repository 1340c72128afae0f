import Foundation
import Testing

/// A defect planted in Samples/gtnum-reve-draft/deposit.yaml: the rule that must report it, and where.
struct PlantedDefect: Sendable, CustomTestStringConvertible {
    let rule: String
    var path = "deposit.yaml"
    let line: Int?
    let pointer: String?
    /// The severity expected; nil for the default (error when the finding has a line, else warning).
    var severity: String? = nil
    var testDescription: String { "\(rule) in \(path)" + (line.map { " at line \($0)" } ?? "") }
}

@Suite("fairpack check")
struct CheckCommandTests {
    static let defects: [PlantedDefect] = [
        .init(rule: "metadata.description", line: 5, pointer: "/description"),
        .init(rule: "metadata.licence", line: 6, pointer: "/licence"),
        .init(rule: "metadata.language", line: 7, pointer: "/language"),
        .init(rule: "metadata.unknown-key", line: 8, pointer: "/keyword"),
        .init(rule: "metadata.keywords", line: 4, pointer: "/keywords", severity: "warning"),
        .init(rule: "metadata.subject", line: 9, pointer: "/subjects/0"),
        .init(rule: "metadata.dates", line: 13, pointer: "/dates/updated"),
        .init(rule: "metadata.dates", line: 14, pointer: "/dates/published"),
        .init(rule: "metadata.unknown-key", line: 18, pointer: "/authors/0/orcidd"),
        .init(rule: "metadata.authors", line: 22, pointer: "/authors/1/name"),
        .init(rule: "metadata.contact", line: 28, pointer: "/contact/email"),
        .init(rule: "orcid.required", line: 17, pointer: "/authors/0/orcid", severity: "warning"),
        .init(rule: "orcid.checksum", line: 22, pointer: "/authors/1/orcid"),
        .init(rule: "related.identifier", line: 35, pointer: "/related/0/id"),
        .init(rule: "dmp.consistency", line: 97, pointer: "/files/0/licence"),
        .init(rule: "licence.mismatch", line: 6, pointer: "/licence"),
        .init(rule: "licence.per-file", line: 101, pointer: "/files/1/licence"),
        .init(rule: "hal.pdf-metadata", path: "deliverables/gouvernance-numerique-educatif.pdf", line: nil, pointer: nil),
        .init(rule: "format.mismatch", path: "data/carte-academies.pdf", line: nil, pointer: nil, severity: "error"),
        .init(rule: "files.junk", path: "data/.DS_Store", line: nil, pointer: nil),
        .init(rule: "archive.nested", path: "data/transcriptions.zip", line: nil, pointer: nil),
        .init(rule: "text.encoding", path: "data/etablissements-enquetes.csv", line: nil, pointer: nil, severity: "error"),
        .init(rule: "tabular.ragged-rows", path: "data/etablissements-enquetes.csv", line: nil, pointer: nil, severity: "error"),
        .init(rule: "personal-data.email", path: "data/notes-terrain.txt", line: nil, pointer: nil, severity: "error"),
        .init(rule: "files.empty", path: "data/export-questionnaire.csv", line: nil, pointer: nil, severity: "warning"),
    ]

    @Test("the sample deposit is compliant with recherche-data-gouv, and with hal too")
    func compliantSample() throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--profile", "recherche-data-gouv",
                                          "--format", "json"])
        let both = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--profile", "recherche-data-gouv",
                                           "--profile", "hal", "--format", "json"])
        #expect(both.status == 0, "\(both.stdout)")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let summary = try #require(try run.json()["summary"] as? [String: Any])
        #expect(summary["compliant"] as? Bool == true)
        #expect(summary["errors"] as? Int == 0)
        #expect((summary["files"] as? Int ?? 0) >= 12)
    }

    @Test("the draft fails and every planted defect is reported with its file, line and pointer", arguments: defects)
    func draftDefect(_ defect: PlantedDefect) throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--profile",
                                          "recherche-data-gouv", "--profile", "hal", "--format", "json"])
        #expect(run.status == 1)
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        let match = findings.first { finding in
            finding["rule"] as? String == defect.rule && finding["line"] as? Int == defect.line
                && finding["pointer"] as? String == defect.pointer && finding["path"] as? String == defect.path
        }
        #expect(match != nil, "no finding for \(defect)")
        #expect(match?["severity"] as? String == (defect.severity ?? (defect.line == nil ? "warning" : "error")))
        #expect((match?["fix"] as? String)?.isEmpty == false)
    }

    @Test("--checksums adds each file's SHA-256 to the JSON report, beside its identified format")
    func checksums() throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json", "--checksums"])
        #expect(run.status == 0)
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        #expect(files.count >= 12)
        for file in files {
            #expect((file["sha256"] as? String)?.count == 64, "\(file)")
            #expect(file["mediaType"] is String, "\(file)")
            #expect(file["formatName"] is String, "\(file)")
        }
        let licence = try #require(files.first { $0["path"] as? String == "LICENSE" })
        #expect(licence["mediaType"] as? String == "text/plain")
        let pdf = try #require(files.first { ($0["path"] as? String)?.hasSuffix(".pdf") == true })
        #expect(pdf["mediaType"] as? String == "application/pdf")
        #expect((pdf["puid"] as? String)?.hasPrefix("fmt/") == true)
        let plain = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json"])
        let unhashed = try #require(try plain.json()["files"] as? [[String: Any]])
        #expect(unhashed.allSatisfy { $0["sha256"] == nil && $0["mediaType"] is String })
        let more = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json", "--digest", "md5,sha512"])
        let digested = try #require(try more.json()["files"] as? [[String: Any]])
        #expect(digested.allSatisfy { ($0["md5"] as? String)?.count == 32 && ($0["sha512"] as? String)?.count == 128 })
    }

    @Test("without --profile the deposit's own `profiles:` are used")
    func profilesFromDeposit() throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json"])
        #expect(run.status == 0)
        #expect(try run.json()["profiles"] as? [String] == ["recherche-data-gouv", "hal", "etalab-2.0", "fair-core", "orcid"])
    }

    @Test("the text report names each defect and ends with the verdict")
    func textReport() throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Unknown key `keyword` at the top level."))
        #expect(run.stdout.contains("Did you mean `keywords`?"))
        #expect(run.stdout.contains("Write the SPDX id `etalab-2.0`."))
        #expect(run.stdout.contains("Not compliant with"))
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stderr.isEmpty)
    }

    @Test("--output writes the report to a file; --fail-on moves the threshold")
    func outputAndThreshold() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: \"Entretiens avec des enseignants\"\n".write(to: folder.appendingPathComponent("deposit.yaml"),
                                                              atomically: true, encoding: .utf8)
        let custom = folder.appendingPathComponent("only-keywords.yaml")
        try "id: only-keywords\nrules:\n  metadata.keywords: warning\n".write(to: custom, atomically: true, encoding: .utf8)
        let report = folder.appendingPathComponent("report.json").path
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", custom.path, "--format", "json",
                                          "--output", report])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect((written?["summary"] as? [String: Any])?["warnings"] as? Int == 1)
        let strict = try BinaryRun.fairpack(["check", folder.path, "--profile", custom.path, "--fail-on", "warning"])
        #expect(strict.status == 1)
        let lax = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--fail-on", "never"])
        #expect(lax.status == 0)
    }
}

/// Unreadable files and folders, under an ordinary user's permissions even when the tests
/// run as root (as CI does): never skipped.
@Suite("Unreadable entries")
struct UnreadableEntryTests {
    @Test("an unreadable file and folder are findings, and the audit goes on")
    func unreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            chmod(folder.appendingPathComponent("closed").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o755)
        try "title: \"Entretiens avec des enseignants\"\n".write(to: folder.appendingPathComponent("deposit.yaml"),
                                                                 atomically: true, encoding: .utf8)
        try "a,b\n1,2\n".write(to: folder.appendingPathComponent("ok.csv"), atomically: true, encoding: .utf8)
        try "a,b\n".write(to: folder.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("closed"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("closed/inside.txt"), atomically: true, encoding: .utf8)
        for name in ["deposit.yaml", "ok.csv"] { chmod(folder.appendingPathComponent(name).path, 0o644) }
        chmod(folder.appendingPathComponent("secret.csv").path, 0o000)
        chmod(folder.appendingPathComponent("closed").path, 0o000)
        let run = try BinaryRun.fairpack(["check", folder.path, "--format", "json", "--profile", "fair-core"], unprivileged: true)
        #expect(run.status == 1, "stderr: \(run.stderr)")
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        let unreadable = findings.filter { $0["rule"] as? String == "files.unreadable" }.compactMap { $0["path"] as? String }
        #expect(Set(unreadable).isSuperset(of: ["closed"]), "\(findings)")
        let readErrors = findings.filter { ($0["path"] as? String) == "secret.csv" }
        #expect(!readErrors.isEmpty, "the unreadable file is reported: \(findings)")
    }

    @Test("a deposit.yaml that is not UTF-8 has no line to correct: the fix says to save it as UTF-8")
    func notUTF8Metadata() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: folder.appendingPathComponent("deposit.yaml"))
        let run = try BinaryRun.fairpack(["check", folder.path, "--format", "json", "--profile", "fair-core"])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        let file = try #require(findings.first { $0["rule"] as? String == "metadata.file" })
        #expect((file["message"] as? String)?.contains("not UTF-8") == true)
        #expect((file["fix"] as? String)?.contains("UTF-8") == true)
        #expect((file["fix"] as? String)?.contains("at that line") == false)
    }
}
