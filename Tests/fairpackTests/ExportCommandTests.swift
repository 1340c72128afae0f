import Foundation
import Testing

/// Named for `swift test --filter Dataverse`.
@Suite("fairpack export dataverse")
struct DataverseExportCommandTests {
    /// A fresh folder for one test, removed by `defer` in the test.
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the sample exports to standard output with exit 0 and nothing on stderr")
    func sample() throws {
        let run = try BinaryRun.fairpack(["export", "dataverse", BinaryRun.samples("gtnum-reve")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let version = try #require(try run.json()["datasetVersion"] as? [String: Any])
        #expect((version["license"] as? [String: String])?["name"] == "etalab 2.0")
    }

    @Test("-o writes the same JSON to the file and nothing to standard output")
    func outputFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dataset.json")
        let run = try BinaryRun.fairpack(["export", "dataverse", BinaryRun.samples("gtnum-reve"), "-o", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let stdout = try BinaryRun.fairpack(["export", "dataverse", BinaryRun.samples("gtnum-reve")]).stdout
        #expect(try String(contentsOf: file, encoding: .utf8) == stdout)
    }

    @Test("missing required fields: the JSON is still written, one warning per field, exit 1")
    func missingRequired() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: Entretiens\ndescription: Un index.\nauthors: [{ name: \"Doe, Jane\" }]\n"
            .write(to: folder.appendingPathComponent("deposit.yaml"), atomically: true, encoding: .utf8)
        try "a,b\n1,2\n".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        let run = try BinaryRun.fairpack(["export", "dataverse", folder.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(run.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("fairpack: warning: Dataverse requires ") })
        #expect(lines.first?.contains("contact e-mail") == true)
        #expect(lines.last?.contains("subject") == true)
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        #expect(files.map { $0["label"] as? String } == ["data.csv"])
    }

    @Test("no deposit.yaml, unreadable YAML or no folder: exit 2 with one line and no JSON")
    func unusable() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try BinaryRun.fairpack(["export", "dataverse", folder.path])
        #expect(missing.status == 2)
        #expect(missing.isOneErrorLine, "\(missing.stderr)")
        #expect(missing.stderr.contains("fairpack init"))
        #expect(missing.stdout.isEmpty)
        try "title: [unclosed\n".write(to: folder.appendingPathComponent("deposit.yaml"), atomically: true, encoding: .utf8)
        let broken = try BinaryRun.fairpack(["export", "dataverse", folder.path, "-o", folder.appendingPathComponent("x.json").path])
        #expect(broken.status == 2)
        #expect(broken.isOneErrorLine, "\(broken.stderr)")
        #expect(broken.stderr.contains("deposit.yaml' cannot be read"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.json").path))
        let nowhere = try BinaryRun.fairpack(["export", "dataverse", "/nonexistent/deposit"])
        #expect(nowhere.status == 2)
        #expect(nowhere.isOneErrorLine)
    }
}
