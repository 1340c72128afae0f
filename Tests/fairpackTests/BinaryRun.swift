import Foundation
import Testing

/// Runs the built `fairpack` binary and captures what it prints.
struct BinaryRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: $FAIRPACK_BIN, else the one built beside this test runner (whatever the scratch
    /// path and sanitizer: the test target depends on the executable), else `.build/debug`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["FAIRPACK_BIN"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for folder in [runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent()] {
            let beside = folder.appendingPathComponent("fairpack")
            if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        }
        return packageRoot.appendingPathComponent(".build/debug/fairpack")
    }

    static func samples(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }

    /// Runs `fairpack arguments…` in `directory` (default: the package root).
    /// With `unprivileged`, a run as root drops to the user `nobody` first (with setpriv), so
    /// that file permissions apply as they do to everyone else.
    static func fairpack(_ arguments: [String], in directory: String? = nil, unprivileged: Bool = false,
                         environment extra: [String: String] = [:]) throws -> BinaryRun {
        let binary = Self.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path),
                     "build fairpack first (`swift build`, or `make test` which does it)")
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? packageRoot.path)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, given in given }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    }

    /// True when standard error is exactly one `fairpack: error:` line.
    var isOneErrorLine: Bool {
        stderr.hasPrefix("fairpack: error: ") && stderr.hasSuffix("\n") && stderr.dropLast().split(separator: "\n").count == 1
    }
}
