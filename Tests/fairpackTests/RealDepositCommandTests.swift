import Foundation
import Testing

/// Named for `swift test --filter RealDeposit`: metadata that fits real deposits, end to end.
@Suite("fairpack on real-shaped deposits")
struct RealDepositCommandTests {
    static let complete = """
        title: "Entretiens avec des enseignants"
        description: "Index pseudonymisé de vingt-cinq entretiens semi-directifs menés en 2021 dans trois académies."
        licence: etalab-2.0
        language: fr
        keywords: [entretiens]
        subjects: [Social Sciences]
        dates: { created: 2020-10-26, updated: 2023-06-30, published: 2023-12-04 }
        authors: [{ name: "Nguyen, Aurélien", orcid: 0000-0002-3992-0547 }]
        contact: { name: "Nguyen, Aurélien", email: "aurelien.nguyen@univ-poitiers.fr" }

        """

    /// A deposit folder with `deposit.yaml` and the given files (path → content).
    func deposit(_ metadata: String, files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-real-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try metadata.write(to: folder.appendingPathComponent("deposit.yaml"), atomically: true, encoding: .utf8)
        for (path, content) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func findings(_ run: BinaryRun) throws -> [[String: Any]] {
        try #require(try run.json()["findings"] as? [[String: Any]])
    }

    @Test("a files: path with a typo is an error naming the nearest existing path; a folder entry passes")
    func typoInPath() throws {
        let folder = try deposit(Self.complete + "files:\n  - { path: data/entretien.csv, personal-data: pseudonymised }\n  - { path: code/, licence: MIT }\n",
                                 files: ["data/entretiens.csv": "a,b\n1,2\n", "code/run.py": "print(1)\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "fair-core", "--format", "json"])
        #expect(run.status == 1, "\(run.stdout)")
        let paths = try findings(run).filter { $0["rule"] as? String == "metadata.paths" }
        #expect(paths.count == 1)
        #expect(paths.first?["pointer"] as? String == "/files/0/path")
        #expect(paths.first?["severity"] as? String == "error")
        #expect((paths.first?["fix"] as? String)?.contains("data/entretiens.csv") == true)
    }

    @Test("export refuses to replace a file without --force (exit 2); --force replaces it")
    func exportForce() throws {
        let folder = try deposit(Self.complete, files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("dataset.json").path
        try "keep".write(toFile: output, atomically: true, encoding: .utf8)
        let refused = try BinaryRun.fairpack(["export", "dataverse", folder.path, "-o", output])
        #expect(refused.status == 2)
        #expect(refused.isOneErrorLine, "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep")
        let forced = try BinaryRun.fairpack(["export", "dataverse", folder.path, "-o", output, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("etalab 2.0"))
    }

    @Test("an unknown licence warns and exits 1; --licence-map names it")
    func licenceMap() throws {
        let folder = try deposit(Self.complete.replacingOccurrences(of: "licence: etalab-2.0", with: "licence: CECILL-2.1"),
                                 files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try BinaryRun.fairpack(["export", "dataverse", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("CECILL-2.1"))
        let map = folder.appendingPathComponent("licences.tsv").path
        try "CECILL-2.1\tCeCILL 2.1\thttps://cecill.info/licences/Licence_CeCILL_V2.1-en.html\n"
            .write(toFile: map, atomically: true, encoding: .utf8)
        let mapped = try BinaryRun.fairpack(["export", "dataverse", folder.path, "--licence-map", map])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let version = try #require(try mapped.json()["datasetVersion"] as? [String: Any])
        #expect((version["license"] as? [String: String])?["name"] == "CeCILL 2.1")
        let broken = try BinaryRun.fairpack(["export", "dataverse", folder.path, "--licence-map", folder.path + "/none.tsv"])
        #expect(broken.status == 2)
    }

    @Test("export names CC BY-SA 4.0 as Dataverse does")
    func stockLicence() throws {
        let folder = try deposit(Self.complete.replacingOccurrences(of: "licence: etalab-2.0", with: "licence: CC-BY-SA-4.0"),
                                 files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["export", "dataverse", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let version = try #require(try run.json()["datasetVersion"] as? [String: Any])
        #expect(version["license"] as? [String: String] == ["name": "CC BY-SA 4.0", "uri": "http://creativecommons.org/licenses/by-sa/4.0"])
    }

    @Test("pack -o x.7z is a usage error and writes nothing")
    func unknownArchive() throws {
        let folder = try deposit(Self.complete, files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["x.7z", "x.tar.bz2", "x.gz"] {
            let output = folder.deletingLastPathComponent().appendingPathComponent(UUID().uuidString + name).path
            let run = try BinaryRun.fairpack(["pack", folder.path, "-o", output])
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.isOneErrorLine)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test("--profile etalab suggests etalab-2.0")
    func profileSuggestion() throws {
        let folder = try deposit(Self.complete, files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "etalab"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'etalab-2.0'?"), "\(run.stderr)")
    }

    @Test("Recherche Data Gouv: a folder named Données is an error with the ASCII name; no ORCID is a warning")
    func rechercheDataGouv() throws {
        let metadata = Self.complete.replacingOccurrences(of: ", orcid: 0000-0002-3992-0547", with: "")
        let folder = try deposit(metadata, files: ["Données/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "recherche-data-gouv", "--format", "json"])
        let findings = try findings(run)
        let folderName = try #require(findings.first { $0["rule"] as? String == "files.name.portable" })
        #expect(folderName["path"] as? String == "Données/")
        #expect((folderName["fix"] as? String)?.contains("Donnees") == true)
        let orcid = try #require(findings.first { $0["rule"] as? String == "orcid.required" })
        #expect(orcid["severity"] as? String == "warning")
    }

    @Test("explain files.name-encoding no longer shows données/ as passing")
    func explainNameEncoding() throws {
        let run = try BinaryRun.fairpack(["explain", "files.name-encoding"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("dataverse-folders"))
        let passes = run.stdout.components(separatedBy: "Fails:").first ?? ""
        #expect(!passes.contains("données/"), "\(run.stdout)")
    }

    @Test("a subject split at its comma tells to quote it")
    func splitSubject() throws {
        let metadata = Self.complete.replacingOccurrences(of: "subjects: [Social Sciences]", with: "subjects: [Medicine, Health and Life Sciences]")
        let folder = try deposit(metadata, files: ["data/a.csv": "a\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "recherche-data-gouv", "--format", "json"])
        let subject = try #require(try findings(run).first { $0["rule"] as? String == "metadata.subject" })
        #expect((subject["fix"] as? String)?.contains("[\"Medicine, Health and Life Sciences\"]") == true, "\(subject)")
        #expect((subject["message"] as? String)?.contains("comma") == true)
    }
}
