import FairPackBase
import Foundation
import Testing

/// The CI files shipped at the repository's root: they parse, have the shape their hosts
/// expect, and their scripts, run here as the hosts would run them, write the reports.
@Suite("The GitHub Action, the GitLab template and the pre-commit hooks")
struct CIIntegrationTests {
    static func document(_ path: String) throws -> YAMLNode {
        let text = try String(contentsOf: BinaryRun.packageRoot.appendingPathComponent(path), encoding: .utf8)
        return try YAMLNode.parse(text)
    }

    /// Runs `script` with bash in a fresh folder, with `environment` added; returns the status,
    /// standard output and the folder.
    static func bash(_ script: String, environment: [String: String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("action.yml is a composite action whose check step writes SARIF, the job summary and annotations")
    func gitHubAction() throws {
        let action = try Self.document("action.yml")
        #expect(action["runs"]?["using"]?.text == "composite")
        let steps = try #require(action["runs"]?["steps"]?.items)
        #expect(steps.contains { $0["uses"]?.text?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let inputs = Set(action["inputs"]?.entries?.map(\.key) ?? [])
        #expect(inputs.isSuperset(of: ["path", "profiles", "fail-on", "output-dir", "upload-sarif", "fairpack"]))
        let check = try #require(steps.first { $0["id"]?.text == "check" })
        let script = try #require(check["run"]?.text)
        #expect(script.contains("--format sarif,markdown"))

        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, stdout) = try Self.bash(script, environment: [
            "FAIRPACK": BinaryRun.binary.path, "DEPOSIT": BinaryRun.samples("gtnum-reve-draft"),
            "PROFILES": "fair-core, etalab-2.0", "FAIL_ON": "error", "OUTPUT_DIR": "reports",
            "GITHUB_OUTPUT": folder.appendingPathComponent("output").path,
            "GITHUB_STEP_SUMMARY": folder.appendingPathComponent("summary.md").path,
        ], in: folder)
        #expect(status == 0, "the step keeps the status for the last step")
        let outputs = try String(contentsOf: folder.appendingPathComponent("output"), encoding: .utf8)
        #expect(outputs.contains("status=1\n"))
        #expect(outputs.contains("sarif=reports/report.sarif\n"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("reports/report.sarif")))
        #expect((sarif as? [String: Any])?["version"] as? String == "2.1.0")
        let summary = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("etalab-2.0") && summary.contains("|"))
        #expect(stdout.contains("::error file="))
    }

    @Test("The GitLab template's job writes the JUnit report it declares as an artifact, and fails like check")
    func gitLabTemplate() throws {
        let template = try Self.document("ci/gitlab/fairpack.yml")
        let job = try #require(template[".fairpack"])
        #expect(template["fairpack"]?["extends"]?.text == ".fairpack")
        #expect(job["artifacts"]?["reports"]?["junit"]?.text == "${FAIRPACK_REPORTS}/report.junit.xml")
        #expect(job["artifacts"]?["when"]?.text == "always")
        let script = try #require(job["script"]?.items?.compactMap(\.text).joined(separator: "\n"))

        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, stdout) = try Self.bash(script, environment: [
            "FAIRPACK_BIN": BinaryRun.binary.path, "FAIRPACK_PATH": BinaryRun.samples("gtnum-reve-draft"),
            "FAIRPACK_PROFILES": "fair-core", "FAIRPACK_FAIL_ON": "error", "FAIRPACK_REPORTS": "fairpack-reports",
            "FAIRPACK_REPOSITORY": "", "FAIRPACK_REF": "main", "CI_BUILDS_DIR": folder.path,
        ], in: folder)
        #expect(status == 1)
        let junit = try String(contentsOf: folder.appendingPathComponent("fairpack-reports/report.junit.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuite") && junit.contains("<failure"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("fairpack-reports/report.md").path))
        #expect(stdout.contains("Not compliant"))
    }

    @Test("The pre-commit hooks run fairpack check once per commit, not per file")
    func preCommitHooks() throws {
        let hooks = try #require(try Self.document(".pre-commit-hooks.yaml").items)
        #expect(hooks.compactMap { $0["id"]?.text } == ["fairpack-check", "fairpack-check-installed"])
        for hook in hooks {
            #expect(hook["entry"]?.text == "fairpack check")
            #expect(hook["pass_filenames"]?.text == "false")
            #expect(hook["always_run"]?.text == "true")
            #expect(["swift", "system"].contains(hook["language"]?.text ?? ""))
        }
    }
}
