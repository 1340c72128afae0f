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

/// `fairpack verify`: proves bags and RO-Crates, made by fairpack or anyone else, are complete,
/// unchanged and well formed.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check bags, RO-Crates and .eln files (folders, .zip, .tar, .tar.gz, or a metadata file) offline.",
        discussion: """
            What each path holds is told from its content: a bag, an RO-Crate, a crate in a bag, a crate wrapping bags, \
            an .eln, or a detached ro-crate-metadata.json. Exit status: 0 every path verifies, 1 one does not (a damaged \
            or truncated archive included), 2 a path is neither a bag nor an RO-Crate, 3 the report cannot be written.
            """
    )

    @Argument(help: "The bags, crates or .eln files (folders, archives or metadata files).")
    var paths: [String]

    @OptionGroup var reportOptions: ReportOptions

    @Option(help: "required: broken MUSTs (errors); recommended: broken SHOULDs too (warnings).")
    var level: BundleVerifier.Level = .required

    @Flag(help: "A bag must be complete: each file fetch.txt lists and is absent is an error (nothing is downloaded).")
    var completeness = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one path to verify.") }
    }

    func run() throws {
        let progress = ProgressBar.forTerminal(quiet: reportOptions.quiet)
        let meter = progress.map { ProgressMeter(files: 0, bytes: 0, observer: $0) }
        let options = BundleVerifier.Options(level: level, completeness: completeness, progress: meter)
        let results = BundleVerifier.verify(paths: paths, options: options)
        meter?.flush()
        progress?.finish()
        var status = ExitStatus.success
        var outcomes: [BundleVerifier.Outcome] = []
        var text = ""
        // The text report alone gets verify's own summary lines; other formats (or several) go
        // through the reports shared with `check`.
        let textOnly = reportOptions.format.formats == [.text] && reportOptions.outputDirectory == nil
        let colour = reportOptions.output == nil && !reportOptions.noColour && Terminal.stdoutWantsColour
        for result in results {
            switch result {
            case .success(let outcome):
                outcomes.append(outcome)
                if !outcome.verifies { status = Self.worse(status, .failed) }
                if textOnly {
                    let block = Self.text(outcome, colour: colour)
                    // A bundle with findings is set apart from the summary line before it.
                    if !text.isEmpty, !outcome.result.findings.isEmpty { text += "\n" }
                    text += block
                }
            case .failure(let error):
                Terminal.error(error.description)
                switch error {
                case .notABag, .notAFile, .notFound: status = Self.worse(status, .usage)
                case .unreadable: status = Self.worse(status, .failed)
                }
            }
        }
        if textOnly {
            if let output = reportOptions.output {
                try Terminal.write(text, to: output)
            } else {
                Terminal.write(text)
            }
        } else if !outcomes.isEmpty {
            try reportOptions.deliver(outcomes.count == 1 ? outcomes[0].result : BundleVerifier.merged(outcomes))
        }
        if status != .success { throw CommandExit(status: status) }
    }

    /// The text report of one bundle: its findings as `check` shows them, then verify's own summary line.
    static func text(_ outcome: BundleVerifier.Outcome, colour: Bool) -> String {
        var lines = ReportFormat.text.render(outcome.result, colour: colour).split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        if !lines.isEmpty { lines.removeLast() }
        let findings = lines.map(String.init).joined(separator: "\n")
        return (findings.isEmpty ? "" : findings + "\n") + TerminalText.escaped(outcome.summary) + "\n"
    }

    /// The status that wins when several paths end differently: the highest code.
    static func worse(_ current: ExitStatus, _ new: ExitStatus) -> ExitStatus {
        new.rawValue > current.rawValue ? new : current
    }
}

extension BundleVerifier.Level: ExpressibleByArgument {}
