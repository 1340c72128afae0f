import Foundation
import Testing

/// A way to call fairpack wrongly, and what it must say.
struct MisuseCase: Sendable, CustomTestStringConvertible {
    let name: String
    let profile: String?
    let arguments: [String]
    let expected: String
    var testDescription: String { name }
}

@Suite("Usage and configuration errors exit 2 with one line")
struct ErrorExitTests {
    static let cases: [MisuseCase] = [
        .init(name: "profile with a YAML syntax error", profile: "id: broken\nrules:\n  metadata.title: {severity: error\n",
              arguments: [], expected: "broken.yaml:"),
        .init(name: "profile with an unknown rule", profile: "id: broken\nrules:\n  metadata.titel: {}\n",
              arguments: [], expected: "unknown rule `metadata.titel`; did you mean `metadata.title`?"),
        .init(name: "profile with an extends cycle", profile: "id: broken\nextends: [broken]\n",
              arguments: [], expected: "cycle"),
        .init(name: "profile with a bad severity", profile: "id: broken\nrules:\n  metadata.title: fatal\n",
              arguments: [], expected: "not a severity"),
        .init(name: "unknown profile id", profile: nil, arguments: ["--profile", "recherche-data-gov"],
              expected: "did you mean 'recherche-data-gouv'?"),
        .init(name: "missing folder", profile: nil, arguments: ["/nonexistent/deposit"], expected: "does not exist"),
        .init(name: "unknown flag", profile: nil, arguments: ["--colour"], expected: "--colour"),
        .init(name: "bad format", profile: nil, arguments: ["--format", "pdf"], expected: "pdf"),
    ]

    @Test("each exits 2 with one clear line on stderr", arguments: cases)
    func misuse(_ item: MisuseCase) throws {
        var arguments = ["check", BinaryRun.samples("gtnum-reve")]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let profile = item.profile {
            let file = folder.appendingPathComponent("broken.yaml")
            try profile.write(to: file, atomically: true, encoding: .utf8)
            arguments += ["--profile", file.path]
        }
        if item.arguments.first?.hasPrefix("/") == true {
            arguments = ["check"] + item.arguments
        } else {
            arguments += item.arguments
        }
        let run = try BinaryRun.fairpack(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.isOneErrorLine, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(item.expected), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a deposit naming an unknown profile in deposit.yaml exits 2 naming the line")
    func unknownProfileInDeposit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: x\nprofiles: [fair-cor]\n".write(to: folder.appendingPathComponent("deposit.yaml"), atomically: true,
                                                   encoding: .utf8)
        let run = try BinaryRun.fairpack(["check", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("fairpack: error: deposit.yaml:2: "))
    }

    @Test("an unwritable --output exits 3")
    func unwritableOutput() throws {
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--output", "/nonexistent/dir/r.json"])
        #expect(run.status == 3)
        #expect(run.isOneErrorLine)
    }

    @Test("--help and --version exit 0")
    func help() throws {
        let help = try BinaryRun.fairpack(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
        let version = try BinaryRun.fairpack(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
    }
}
