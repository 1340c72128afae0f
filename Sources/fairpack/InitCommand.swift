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

/// `fairpack init [DIR]`: writes a deposit.yaml skeleton; never overwrites one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a deposit.yaml skeleton in a folder (never overwrites)."
    )

    @Argument(help: "The deposit folder (default: the current folder).")
    var folder: String = "."

    func run() throws {
        let path = try DepositSkeleton.write(in: folder)
        Terminal.write("Wrote \(path). Fill it in, then run `fairpack check \(folder)`.\n")
    }
}
