import Foundation
import Testing

@Suite("fairpack init infers deposit.yaml from the folder")
struct InitCommandTests {
    /// A folder as a project leaves it: README, LICENSE, CITATION.cff, a table and a report.
    static func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-init-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("rapports"), withIntermediateDirectories: true)
        let samples = BinaryRun.packageRoot.appendingPathComponent("Samples/gtnum-reve")
        try manager.copyItem(at: samples.appendingPathComponent("LICENSE"), to: folder.appendingPathComponent("LICENSE"))
        try manager.copyItem(at: samples.appendingPathComponent("deliverables/synthese-entretiens-enseignants.pdf"),
                             to: folder.appendingPathComponent("rapports/synthese.pdf"))
        let files = [
            "README.md": """
                # Entretiens avec des enseignants, 2021

                Ce dépôt contient les données des entretiens menés auprès des enseignants et le rapport \
                qui en a été tiré. Les tableaux sont dans le dossier data et le rapport est dans rapports.

                """,
            "CITATION.cff": """
                cff-version: 1.2.0
                message: Citez ces données ainsi.
                title: Entretiens avec des enseignants
                abstract: "Vingt-cinq entretiens menés en 2021 avec des enseignants : index et rapport."
                keywords: [entretiens, enseignants, numérique éducatif]
                authors:
                  - family-names: Cerisier
                    given-names: Jean-François
                    orcid: https://orcid.org/0000-0002-3992-0547
                  - family-names: Nguyen
                    given-names: Aurélien

                """,
            "data/entretiens.csv": "id;date;durée\nE01;2021-03-02;45\nE02;2021-03-09;52\n",
        ]
        for (path, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(path))
        }
        return folder
    }

    @Test("init writes what it inferred, TODO lines only for the rest, and check reads it")
    func inferred() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["init", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("deposit.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String? { lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) } }

        #expect(line("title:")?.contains("\"Entretiens avec des enseignants, 2021\"") == true)
        #expect(line("licence:")?.hasPrefix("licence: \"etalab-2.0\"") == true)
        #expect(line("language:") == "language: fr")
        #expect(line("description:")?.hasPrefix("description: \"Vingt-cinq entretiens") == true)
        #expect(line("keywords:")?.hasPrefix("keywords: [\"entretiens\", \"enseignants\", \"numérique éducatif\"]") == true)
        #expect(line("- name: \"Cerisier, Jean-François\"") != nil)
        #expect(line("orcid: \"0000-0002-3992-0547\"") != nil)
        #expect(line("- path: \"data/entretiens.csv\"") != nil)
        #expect(line("- path: \"rapports/synthese.pdf\"") != nil)
        #expect(line("title: \"Synthèse des entretiens menés auprès des enseignants et des personnels de direction\"") != nil)

        // TODO only where nothing could be inferred.
        let todoKeys = Set(lines.filter { $0.contains("# TODO") }.compactMap {
            $0.trimmingCharacters(in: .whitespaces).split(separator: ":").first.map { String($0.drop { $0 == "-" || $0 == " " }) }
        })
        // "description" is the data file's; the deposit's own came from CITATION.cff (checked above).
        #expect(todoKeys == ["subjects", "created", "contact", "orcid", "affiliation", "type", "domain", "description"])
        let todoLines = lines.filter { $0.contains("# TODO") }
        #expect(todoLines.filter { $0.contains("orcid:") }.count == 1, "only Nguyen lacks an ORCID iD")
        #expect(!todoLines.contains { $0.hasPrefix("description:") || $0.hasPrefix("keywords:") })
        #expect(!todoLines.contains { $0.contains("title:") || $0.contains("licence:") || $0.contains("language:") || $0.contains("path:") })
        #expect(run.stdout.contains("(\(todoLines.count) lines marked TODO)"))

        let check = try BinaryRun.fairpack(["check", folder.path, "--format", "json", "--fail-on", "never"])
        #expect(check.status == 0, "\(check.stderr)")
        let findings = try #require(try check.json()["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(!rules.contains("metadata.file"))
        #expect(!rules.contains("metadata.unknown-key"))
        #expect(!rules.contains("metadata.title"))
        #expect(!rules.contains("metadata.licence"))
        #expect(!rules.contains("licence.mismatch"))
        #expect(!rules.contains("metadata.language"))
        #expect(!rules.contains("metadata.description"))
        #expect(!rules.contains("metadata.keywords"))
    }

    @Test("init refuses to overwrite a deposit.yaml, with one line and exit 2")
    func refuses() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = "title: mine\n"
        try Data(mine.utf8).write(to: folder.appendingPathComponent("deposit.yaml"))
        let run = try BinaryRun.fairpack(["init", folder.path])
        #expect(run.status == 2)
        #expect(run.isOneErrorLine)
        #expect(run.stderr.contains("already exists"))
        #expect(try String(contentsOf: folder.appendingPathComponent("deposit.yaml"), encoding: .utf8) == mine)
    }
}
