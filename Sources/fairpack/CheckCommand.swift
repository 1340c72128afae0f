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
import FairPackCache
import ArgumentParser

/// `fairpack check`: audits a deposit folder and reports every finding.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit a deposit folder against deposit profiles.",
        discussion: "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error, 3 I/O error."
    )

    /// The threshold of `--fail-on`.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Argument(help: "The deposit folder (default: the current folder).")
    var folder: String = "."

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var reportOptions: ReportOptions

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the check fail: error, warning or never.")
    var failOn: FailOn = .error

    @Flag(help: "Add each file's SHA-256 to the JSON report.")
    var checksums = false

    @Option(help: ArgumentHelp("Add these digests to each file of the JSON report (comma-separated: sha256,sha512,sha1,md5).", valueName: "list"))
    var digest: DigestList?

    @Flag(name: .customLong("no-cache"), help: "Read every file, ignoring digests remembered from earlier checks (in $XDG_CACHE_HOME/fairpack).")
    var noCache = false

    func run() throws {
        let deposit = try Deposit.open(at: folder)
        var catalog = try profileOptions.catalog(depositRoot: folder)
        let profile = try profileOptions.resolve(in: &catalog, deposit: deposit)
        let algorithms = digest?.algorithms ?? (checksums ? [.sha256] : [])
        var extra = reportOptions.gathers
        if !algorithms.isEmpty { extra.insert(.digests) }
        let progress = ProgressBar.forTerminal(quiet: reportOptions.quiet)
        let auditor = Auditor(profile: profile)
        let hashes = !algorithms.isEmpty || !auditor.needs.isDisjoint(with: [.digests, .duplicates])
        let memory = noCache || !hashes ? nil : DigestCache.open(root: deposit.root)
        let result = auditor.audit(deposit, alsoGathering: extra, digests: algorithms.isEmpty ? [.sha256] : algorithms,
                                   memory: memory, observer: progress)
        progress?.finish()
        try reportOptions.deliver(result)
        let failed: Bool
        switch failOn {
        case .error: failed = result.fails(at: .error)
        case .warning: failed = result.fails(at: .warning)
        case .never: failed = false
        }
        if failed { throw CommandExit(status: .failed) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
