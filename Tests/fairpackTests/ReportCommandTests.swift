import FairPackTestSupport
import Foundation
import Testing

/// Runs `fairpack` under a pseudo-terminal (util-linux `script`), with `environment` changes.
struct TerminalRun {
    let status: Int32
    let output: String

    static func fairpack(_ arguments: [String], environment changes: [String: String?]) throws -> TerminalRun {
        let quoted = ([BinaryRun.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qefc", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = BinaryRun.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        for (key, value) in changes { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TerminalRun(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

@Suite("fairpack check reports")
struct ReportCommandTests {
    static let names = ["report.txt", "report.json", "report.sarif", "report.junit.xml", "report.md", "report.html", "report.github.txt"]

    @Test("a comma list with --output-dir writes every report from one audit, and nothing on stdout")
    func outputDirectory() throws {
        let folder = try TemporaryFolder()
        let target = folder.url("reports/ci")
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"),
                                          "--format", "text,json,sarif,junit,markdown,html,github", "--output-dir", target])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Not compliant with"))
        let written = try FileManager.default.contentsOfDirectory(atPath: target)
        #expect(Set(written) == Set(Self.names))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target + "/report.json"))) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target + "/report.sarif"))) as? [String: Any])
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        #expect(results.count == findings.count)
        let github = try String(contentsOfFile: target + "/report.github.txt", encoding: .utf8)
        #expect(github.split(separator: "\n").count == findings.count + 1)
        let html = try String(contentsOfFile: target + "/report.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<li class=\"finding ").count - 1 == findings.count)
        #expect(!written.contains { $0.hasPrefix(".") }, "no temporary file is left behind")
    }

    @Test("--quiet prints nothing when the reports go to files; the exit status is unchanged")
    func quiet() throws {
        let folder = try TemporaryFolder()
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--quiet",
                                          "--format", "sarif,junit", "--output-dir", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.url("report.junit.xml")))
    }

    @Test("one format goes to --output FILE or to stdout, as before")
    func oneFormat() throws {
        let folder = try TemporaryFolder()
        let file = folder.url("out.sarif")
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--format", "sarif", "--output", file])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"version\": \"2.1.0\""))
        let markdown = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--format", "markdown"])
        #expect(markdown.status == 1)
        #expect(markdown.stdout.hasPrefix("# fairpack: not compliant"))
        #expect(markdown.stderr.isEmpty)
    }

    @Test("several formats without --output-dir, or --output with --output-dir, or an unknown format are usage errors",
          arguments: [["--format", "sarif,junit"], ["--format", "sarif,junit", "--output", "x.sarif"],
                      ["--format", "json", "--output", "x.json", "--output-dir", "reports"], ["--format", "sarif,pdf"]])
    func usage(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft")] + arguments, in: folder.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.isOneErrorLine, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("an --output-dir that is a file is an I/O error, exit 3, with one line")
    func outputDirectoryIsAFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("taken", "not a folder")
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve-draft"), "--format", "sarif,junit", "--output-dir", file])
        #expect(run.status == 3)
        #expect(run.stdout.isEmpty)
        #expect(run.isOneErrorLine, "\(run.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a folder")
    }

    @Test("on a terminal the text report is coloured, unless NO_COLOR is set (not empty) or --no-color is given")
    func colour() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is needed")
        let draft = BinaryRun.samples("gtnum-reve-draft")
        let coloured = try TerminalRun.fairpack(["check", draft], environment: ["NO_COLOR": nil])
        #expect(coloured.status == 1)
        #expect(coloured.output.contains("\u{1B}["))
        let empty = try TerminalRun.fairpack(["check", draft], environment: ["NO_COLOR": ""])
        #expect(empty.output.contains("\u{1B}["), "an empty NO_COLOR does not turn colour off")
        let noColour = try TerminalRun.fairpack(["check", draft], environment: ["NO_COLOR": "1"])
        #expect(noColour.status == 1)
        #expect(noColour.output.contains("Not compliant with"))
        #expect(!noColour.output.contains("\u{1B}["))
        let flag = try TerminalRun.fairpack(["check", draft, "--no-color"], environment: ["NO_COLOR": nil])
        #expect(flag.output.contains("Not compliant with"))
        #expect(!flag.output.contains("\u{1B}["))
    }
}
