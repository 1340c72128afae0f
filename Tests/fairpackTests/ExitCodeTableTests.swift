import Foundation
import Testing

/// One error of each kind the library reports, through the binary: its exit code and one
/// `fairpack: error:` line (DESIGN §5).
struct ExitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let status: Int32
    let says: String
    var testDescription: String { name }
}

@Suite("Every error type exits with its code")
struct ExitCodeTableTests {
    static let sample = BinaryRun.samples("gtnum-reve")
    static let cases: [ExitCase] = [
        ExitCase(name: "DepositError.notFound", arguments: ["check", "/nonexistent/deposit"], status: 2, says: "does not exist"),
        ExitCase(name: "DepositError.notAFolder", arguments: ["check", sample + "/deposit.yaml"], status: 2, says: "is not a folder"),
        ExitCase(name: "ConfigurationError", arguments: ["check", sample, "--profile", "nope"], status: 2, says: "unknown profile"),
        ExitCase(name: "bad enum value", arguments: ["pack", sample, "-o", "x", "--each", "--as", "7z"], status: 2, says: "7z"),
        ExitCase(name: "bad digest list", arguments: ["pack", sample, "-o", "x", "--digest", "crc32"], status: 2, says: "crc32"),
        ExitCase(name: "PackError.outputExists", arguments: ["pack", sample, "-o", sample], status: 2, says: "already exists"),
        ExitCase(name: "PackError.notFound (--each)", arguments: ["pack", "--each", "/nonexistent", "-o", "/tmp/x"], status: 2,
                 says: "does not exist"),
        ExitCase(name: "PackError.emptyOutput", arguments: ["pack", sample, "-o", ""], status: 2, says: "output path is empty"),
        ExitCase(name: "PackError.outputFolderMissing", arguments: ["pack", sample, "-o", "/nonexistent-folder/bag.zip"], status: 2,
                 says: "the folder '/nonexistent-folder' does not exist"),
        ExitCase(name: "unknown rule", arguments: ["explain", "metadata.titel"], status: 2, says: "did you mean"),
        ExitCase(name: "not a bag", arguments: ["verify", sample], status: 2, says: "is neither a bag nor an RO-Crate"),
        ExitCase(name: "report cannot be written (I/O)", arguments: ["check", sample, "--output", "/nonexistent/dir/r.json"],
                 status: 3, says: "cannot write"),
        ExitCase(name: "PackError.io (destination cannot be created)", arguments: ["pack", sample, "-o", "/proc/fairpack-bag.zip"],
                 status: 3, says: "fairpack-bag"),
    ]

    @Test("exit code and one line", arguments: cases)
    func exits(_ item: ExitCase) throws {
        let run = try BinaryRun.fairpack(item.arguments)
        #expect(run.status == item.status, "stderr: \(run.stderr)")
        #expect(run.isOneErrorLine, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(item.says), "stderr: \(run.stderr)")
    }
}
