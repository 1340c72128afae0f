import Foundation
import Testing

/// The progress line on standard error: drawn on a terminal, never in a pipe or with --quiet.
@Suite("Progress on a terminal, and none without one")
struct ProgressTests {
    /// Runs `fairpack arguments…` with the line shown at once (FAIRPACK_PROGRESS_AFTER=0):
    /// under a pseudo-terminal made by `script` when `terminal`, else with pipes. Returns what
    /// the terminal showed (stdout and stderr together), or stderr alone without a terminal.
    static func run(_ arguments: [String], terminal: Bool) throws -> (status: Int32, shown: String) {
        let binary = BinaryRun.binary.path
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["FAIRPACK_PROGRESS_AFTER"] = "0"
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        if terminal {
            let command = ([binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
                .joined(separator: " ")
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qfec", command, "/dev/null"]
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: terminal ? outData : errData, as: UTF8.self))
    }

    /// A progress line as drawn: carriage return, bar, counts; erased at the end with spaces,
    /// never with escape sequences.
    static func hasBar(_ shown: String, files: Int) -> Bool {
        shown.contains("\r[") && shown.contains("\(files)/\(files) files") && shown.contains("/s")
            && shown.contains("left") && isErased(shown) && !shown.contains("\u{1B}")
    }

    /// Whether the line was overwritten with spaces and the cursor put back at its start.
    static func isErased(_ shown: String) -> Bool {
        shown.range(of: "\r {20,}\r", options: .regularExpression) != nil
    }

    static let sample = BinaryRun.samples("gtnum-reve")

    @Test("check, pack and verify draw the line under a pseudo-terminal and erase it")
    func drawn() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script (bsdutils) is needed")
        let check = try Self.run(["check", Self.sample], terminal: true)
        #expect(check.status == 0)
        #expect(Self.hasBar(check.shown, files: 14), "\(check.shown.debugDescription)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bag = folder.appendingPathComponent("bag.zip").path
        let pack = try Self.run(["pack", Self.sample, "-o", bag], terminal: true)
        #expect(pack.status == 0)
        #expect(Self.hasBar(pack.shown, files: 14), "\(pack.shown.debugDescription)")

        let verify = try Self.run(["verify", bag], terminal: true)
        #expect(verify.status == 0)
        // An archive's totals are not known before it is read: counts (every entry) and rate, no bar.
        #expect(verify.shown.contains("22 files, ") && verify.shown.contains("/s") && Self.isErased(verify.shown),
                "\(verify.shown.debugDescription)")
    }

    @Test("Without a terminal, or with --quiet, nothing but the report is written")
    func absent() throws {
        let piped = try Self.run(["check", Self.sample], terminal: false)
        #expect(piped.status == 0)
        #expect(piped.shown.isEmpty, "\(piped.shown.debugDescription)")
        let quiet = try Self.run(["check", Self.sample, "--quiet"], terminal: true)
        #expect(quiet.status == 0)
        #expect(!quiet.shown.contains("\r[") && !Self.isErased(quiet.shown), "\(quiet.shown.debugDescription)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try Self.run(["pack", Self.sample, "-o", folder.appendingPathComponent("bag").path], terminal: false)
        #expect(pack.status == 0)
        #expect(pack.shown.isEmpty, "\(pack.shown.debugDescription)")
        let verify = try Self.run(["verify", folder.appendingPathComponent("bag").path], terminal: false)
        #expect(verify.status == 0)
        #expect(verify.shown.isEmpty, "\(verify.shown.debugDescription)")
    }
}
