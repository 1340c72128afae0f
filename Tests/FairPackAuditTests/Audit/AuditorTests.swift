import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackFormats
@testable import FairPackHashing
@testable import FairPackAudit
import Foundation
import Testing

@Suite("Audits")
struct AuditorTests {
    func resolved(_ profile: String) throws -> ResolvedProfile {
        var catalog = try ProfileCatalog.load()
        try catalog.add(try ProfileDocument.parse(profile, file: "test.yaml"))
        return try ProfileResolver.resolve(["test"], in: catalog)
    }

    @Test("findings carry rule, severity, location, principle and profile; the summary counts them")
    func findingsAndSummary() throws {
        let profile = try resolved("id: test\nrules:\n  metadata.title: {}\n  metadata.keywords: {}\n  metadata.language: note\n")
        let deposit = Deposit.example(metadata: "title: Data\nlanguage: French\n", files: [FileEntry(path: "a.csv", size: 12)])
        let result = Auditor(profile: profile).audit(deposit)
        #expect(result.findings.map(\.rule) == ["metadata.keywords", "metadata.title", "metadata.language"])
        let title = try #require(result.findings.first { $0.rule == "metadata.title" })
        #expect(title.severity == .error)
        #expect(title.path == "deposit.yaml")
        #expect(title.line == 1)
        #expect(title.pointer == "/title")
        #expect(title.principle == "F2")
        #expect(title.profile == "test")
        #expect(result.count(.error) == 1)
        #expect(result.count(.warning) == 1)
        #expect(result.count(.note) == 1)
        #expect(!result.isCompliant)
        #expect(result.fails(at: .note))
        #expect(result.bytes == 12)
        #expect(result.fairScores["F"] == 0)
        #expect(result.fairScores["R"] == 1)
        #expect(result.fairScores["A"] == nil)
    }

    @Test("a deposit with only warnings is compliant")
    func warningsOnly() throws {
        let profile = try resolved("id: test\nrules:\n  metadata.keywords: warning\n")
        let result = Auditor(profile: profile).audit(Deposit.example(metadata: "title: x\n"))
        #expect(result.isCompliant)
        #expect(result.fails(at: .warning))
        #expect(!result.fails(at: .error))
    }

    @Test("the shipped sample is compliant with recherche-data-gouv and the draft is not")
    func samples() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path
        let profile = try ProfileResolver.resolve(["recherche-data-gouv"], in: try ProfileCatalog.load())
        let good = Auditor(profile: profile).audit(try Deposit.open(at: samples + "/gtnum-reve"))
        // Its only findings are the notes that Dataverse will ingest its two CSV files.
        #expect(good.findings.allSatisfy { $0.rule == "tabular.ingest" && $0.severity == .note }, "\(good.findings.map(\.message))")
        #expect(Set(good.findings.compactMap(\.path)) == ["data/entretiens-enseignants.csv", "data/ressources-numeriques.csv"])
        let draft = Auditor(profile: profile).audit(try Deposit.open(at: samples + "/gtnum-reve-draft"))
        #expect(draft.count(.error) >= 8)
    }
}

@Suite("External rules")
struct ExternalRuleTests {
    func run(_ script: String, timeout: Double = 10) throws -> [Finding] {
        let folder = try TemporaryFolder()
        let program = try folder.write("plugin.sh", "#!/bin/sh\n" + script + "\n")
        chmod(program, 0o755)
        try folder.write("deposit/deposit.yaml", "title: Entretiens\n")
        try folder.write("deposit/data/a.csv", "a,b\n")
        var catalog = try ProfileCatalog.load()
        try catalog.add(try ProfileDocument.parse(
            "id: test\nexternal:\n  - { id: lab.plugin, command: [\(program)], timeout: \(Int(timeout)) }\n", file: "t.yaml"))
        let profile = try ProfileResolver.resolve(["test"], in: catalog)
        return Auditor(profile: profile).audit(try Deposit.open(at: folder.url("deposit"))).findings
    }

    @Test("its findings are read from stdout, after it received the deposit on stdin")
    func success() throws {
        let findings = try run("""
            input=$(cat)
            case "$input" in *'"path":"data/a.csv"'*'"title":"Entretiens"'*) ;; *) echo "[]"; exit 0;; esac
            echo '[{"rule":"lab.csv","severity":"warning","message":"Column b is empty.","path":"data/a.csv"}]'
            """)
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "lab.csv")
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.path == "data/a.csv")
        #expect(findings.first?.profile == "test")
    }

    @Test("a failing, silent-garbage or hanging program yields one error finding", arguments: [
        ("echo broken >&2; exit 3", "exit status 3"),
        ("echo 'not json'", "JSON"),
        ("exec sleep 30", "did not finish"),
    ])
    func failures(_ script: String, _ expected: String) throws {
        let findings = try run(script, timeout: 1)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains(expected) == true, "\(findings.first?.message ?? "")")
    }

    @Test("a program that does not exist yields one error finding")
    func missingProgram() throws {
        var catalog = try ProfileCatalog.load()
        try catalog.add(try ProfileDocument.parse(
            "id: test\nexternal:\n  - { id: lab.none, command: [fairpack-no-such-plugin] }\n", file: "t.yaml"))
        let profile = try ProfileResolver.resolve(["test"], in: catalog)
        let findings = Auditor(profile: profile).audit(Deposit.example(metadata: "title: x\n")).findings
        #expect(findings.map(\.rule) == ["lab.none"])
        #expect(findings.first?.message.contains("could not be started") == true)
    }
}
