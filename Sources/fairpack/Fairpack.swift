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
import Foundation

/// The `fairpack` command: audits deposit folders against deposit profiles.
@main
struct Fairpack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairpack",
        abstract: "Audit research deposits for HAL and Recherche Data Gouv, and explain every problem.",
        version: FairPackVersion.current,
        subcommands: [CheckCommand.self, PackCommand.self, VerifyCommand.self, ProfilesCommand.self, ExplainCommand.self,
                      InitCommand.self, ExportCommand.self]
    )

    /// Runs the command and turns every failure into one line on stderr and an exit code (DESIGN §5).
    static func main() {
        // Past a file-size limit (`ulimit -f`), a write then fails with EFBIG, which is reported and
        // cleaned up like a full disk, instead of the signal killing fairpack mid-write.
        signal(SIGXFSZ, SIG_IGN)
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            Foundation.exit(Terminal.argumentExit(error, command: self))
        }
        do {
            try command.run()
        } catch {
            Terminal.exit(for: error, command: self)
        }
    }
}
