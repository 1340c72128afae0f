import Foundation
import Testing

@Suite("fairpack profiles, explain and init")
struct OtherCommandTests {
    @Test("profiles lists the six shipped profiles")
    func listing() throws {
        let run = try BinaryRun.fairpack(["profiles"])
        #expect(run.status == 0)
        for id in ["fair-core", "etalab-2.0", "cc-by-4.0", "orcid", "hal", "recherche-data-gouv", "licence-ouverte-2.0"] {
            #expect(run.stdout.contains(id), "\(id) missing")
        }
    }

    @Test("profiles show gives the resolved rules with severity, parameters and origin")
    func show() throws {
        let run = try BinaryRun.fairpack(["profiles", "show", "licence-ouverte-2.0"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("etalab-2.0: "))
        let licence = try #require(run.stdout.split(separator: "\n").first { $0.contains("licence.accepted") })
        #expect(licence.contains("error"))
        #expect(licence.contains("accepted=[etalab-2.0]"))
        #expect(licence.contains("(etalab-2.0)"))
        let unknown = try BinaryRun.fairpack(["profiles", "show", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.isOneErrorLine)
    }

    @Test("explain gives a rule's rationale, parameters and examples; an unknown rule exits 2")
    func explain() throws {
        let run = try BinaryRun.fairpack(["explain", "metadata.description"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("FAIR principle: F2"))
        #expect(run.stdout.contains("min-length (default 50)"))
        #expect(run.stdout.contains("Passes:"))
        #expect(run.stdout.contains("Fails:"))
        let declared = try BinaryRun.fairpack(["explain", "hal.deliverables-listed"])
        #expect(declared.status == 0)
        #expect(declared.stdout.contains("Field: deliverables"))
        let all = try BinaryRun.fairpack(["explain"])
        #expect(all.stdout.contains("metadata.unknown-key"))
        let unknown = try BinaryRun.fairpack(["explain", "metadata.titel"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("metadata.title"))
    }

    @Test("init writes a skeleton that parses, and never overwrites")
    func initialise() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BinaryRun.fairpack(["init", folder.path])
        #expect(first.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("deposit.yaml"), encoding: .utf8)
        let second = try BinaryRun.fairpack(["init", folder.path])
        #expect(second.status == 2)
        #expect(second.isOneErrorLine)
        #expect(try String(contentsOf: folder.appendingPathComponent("deposit.yaml"), encoding: .utf8) == written)
        let check = try BinaryRun.fairpack(["check", folder.path, "--format", "json"])
        #expect(check.status == 1)
        let findings = try #require(try check.json()["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "metadata.file" })
        #expect(!findings.contains { $0["rule"] as? String == "metadata.unknown-key" })
    }
}
