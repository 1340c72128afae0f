import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import FairPackReports
import FairPackPackaging
import FairPackExport
import FairPackHashing
import FairPackFormats
import ArgumentParser

/// `fairpack verify`: proves a bag is complete and unchanged.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a bag (folder, .zip, .tar or .tar.gz) against its manifests and RO-Crate metadata.",
        discussion: "Exit status: 0 the bag verifies, 1 it does not (a damaged or truncated archive included), 2 the path is not a bag."
    )

    @Argument(help: "The bag folder or archive.")
    var path: String

    func run() throws {
        let result: Verifier.Result
        do {
            let progress = ProgressBar.forTerminal(quiet: false)
            defer { progress?.finish() }
            result = try Verifier.verify(path, observer: progress)
        } catch {
            switch error {
            case .notABag, .notAFile: throw CommandExit(status: .usage, message: error.description)
            case .unreadable: throw CommandExit(status: .failed, message: error.description)
            }
        }
        for problem in result.problems {
            Terminal.write(TerminalText.escaped((problem.path.map { "\($0): " } ?? "") + problem.message) + "\n")
        }
        let path = TerminalText.escaped(self.path)
        let algorithms = result.algorithms.map(\.rawValue).joined(separator: ", ")
        if result.isValid {
            Terminal.write("✓ \(path) verifies: \(result.files) payload files, \(ByteCount.format(result.bytes)), \(algorithms).\n")
        } else {
            Terminal.write("✗ \(path) does not verify: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s").\n")
            throw CommandExit(status: .failed)
        }
    }
}
