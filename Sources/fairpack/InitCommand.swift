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

/// `fairpack init [DIR]`: writes a deposit.yaml from what the folder's files tell, with
/// `# TODO` lines for the rest; never overwrites one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a deposit.yaml inferred from a folder's files, with TODO lines for the rest (never overwrites).",
        discussion: """
            Infers the title (the README's first heading), the licence (LICENSE), the language (the README's), \
            the authors and ORCID iDs (CITATION.cff, codemeta.json or .zenodo.json), a deliverable per PDF with \
            its own title, and a files: entry per data file.
            """
    )

    @Argument(help: "The deposit folder (default: the current folder).")
    var folder: String = "."

    func run() throws {
        // Refuse before reading anything; the write refuses again (O_EXCL) should one appear meanwhile.
        let existing = (folder as NSString).appendingPathComponent(DepositMetadata.fileName)
        if FileStatus.of(existing) != nil { throw DepositError.alreadyExists(existing) }
        let deposit = try Deposit.open(at: folder)
        let draft = DepositInference.draft(for: deposit)
        let text = draft.yaml(name: DepositSkeleton.folderName(of: folder), today: DepositSkeleton.today())
        let path = try DepositSkeleton.write(text, in: folder)
        let todos = text.split(separator: "\n").filter { $0.contains("# TODO") }.count
        Terminal.write("Wrote \(TerminalText.escaped(path)) (\(todos) lines marked TODO). "
                       + "Fill them in, then run `fairpack check \(TerminalText.escaped(folder))`.\n")
    }
}
