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

/// `fairpack pack`: audits a deposit, then writes it as a BagIt bag holding an RO-Crate.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Audit a deposit and write it as a BagIt bag holding an RO-Crate (folder, .zip, .tar or .tar.gz).",
        discussion: """
            The output's extension chooses the form: .zip, .tar, .tar.gz/.tgz, anything else a bag folder. \
            Nothing is written when the audit has errors, unless --force. With --each, every subfolder of \
            PARENT is a deposit, packed into OUTDIR as NAME (a folder) or NAME.EXT with --as. \
            The Bagging-Date is today's, or that of SOURCE_DATE_EPOCH when set (for reproducible bags).
            """
    )

    @Argument(help: "The deposit folder (with --each: the folder whose subfolders are deposits).")
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The bag to write (with --each: the folder for the bags).", valueName: "out"))
    var output: String

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Pack even when the audit finds errors.")
    var force = false

    @Flag(help: "Treat each subfolder of the given folder as a deposit.")
    var each = false

    @Option(name: .customLong("as"), help: "With --each, the form of each bag: dir, zip, tar or tar.gz.")
    var form: BagForm = .dir

    @Option(help: ArgumentHelp("Manifest algorithms, comma-separated: sha256, sha512, sha1, md5.", valueName: "list"))
    var digest: DigestList = DigestList(algorithms: DigestAlgorithm.packDefault)

    @Option(name: .customLong("crate-version"), help: "The RO-Crate version of the metadata written: 1.2 or 1.3.")
    var crateVersion: PackedCrateVersion = .v1_2

    @Flag(name: .shortAndLong, help: "Show no progress on standard error.")
    var quiet = false

    func run() throws {
        if !each, let suffix = ArchiveFormat.unwritableExtension(of: output) {
            throw CommandExit(status: .usage, message: "fairpack cannot write '\(suffix)' archives; name the output .zip, .tar, .tar.gz or .tgz, or give a folder name for a bag folder")
        }
        var packer = Packer(algorithms: digest.algorithms, baggingDate: PackPlan.baggingDate())
        packer.crateVersion = crateVersion
        guard each else {
            try packOne(folder, to: output, packer: packer, showReport: true)
            return
        }
        try PackPlan.checkOutput(output, deposit: folder)
        let (deposits, linked) = try PackPlan.eachDeposits(in: folder)
        for name in linked {
            Terminal.write(TerminalText.escaped("Skipped \(name): it is a symbolic link; links are not followed.") + "\n")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandExit(status: .io, message: "cannot create '\(output)': \(error.localizedDescription)")
        }
        var refused: [String] = []
        for name in deposits {
            let target = (output as NSString).appendingPathComponent(form.outputName(for: name))
            do {
                try packOne((folder as NSString).appendingPathComponent(name), to: target, packer: packer, showReport: false)
            } catch let exit as CommandExit where exit.status == .failed {
                refused.append(name)
            }
        }
        Terminal.write(TerminalText.escaped("Packed \(deposits.count - refused.count) of \(deposits.count) deposits into \(output).") + "\n")
        if !refused.isEmpty {
            throw CommandExit(status: .failed, message: "not packed, the audit found errors: \(refused.joined(separator: ", "))")
        }
    }

    private func packOne(_ root: String, to target: String, packer: Packer, showReport: Bool) throws {
        if FileStatus.of(target) != nil { throw PackError.outputExists(target) }
        try PackPlan.checkOutput(target, deposit: root)
        try PackPlan.checkOutputFolder(target)
        let deposit = try Deposit.open(at: root)
        var catalog = try profileOptions.catalog(depositRoot: root)
        let auditor = Auditor(profile: try profileOptions.resolve(in: &catalog, deposit: deposit))
        for stale in Packer.removeStaleTemporaries(for: target) {
            Terminal.write(TerminalText.escaped("Removed \(stale), left by a pack that was killed.") + "\n")
        }
        Interruption.removeOnSignal(Packer.temporaryPath(for: target))
        defer { Interruption.removeOnSignal(nil) }
        let progress = ProgressBar.forTerminal(quiet: quiet)
        let outcome: Packer.Outcome
        do {
            defer { progress?.finish() }
            outcome = try packer.pack(deposit, auditor: auditor, to: target, force: force, observer: progress)
        }
        let result: AuditResult
        switch outcome {
        case .packed(_, let audit), .refused(let audit): result = audit
        }
        if !result.isCompliant {
            let report = ReportFormat.text.render(result, colour: Terminal.stdoutWantsColour)
            Terminal.write(showReport ? report : TerminalText.escaped(root) + ":\n" + report)
        }
        switch outcome {
        case .refused(let audit):
            throw CommandExit(status: .failed, message: "\(root): " + PackError.refused(errors: audit.count(.error)).description)
        case .packed(let summary, _):
            Terminal.write(TerminalText.escaped("Wrote \(summary.output): \(summary.files) files, \(ByteCount.format(summary.bytes)).") + "\n")
        }
    }
}

/// `--digest`: a comma-separated list of manifest algorithms.
struct DigestList: ExpressibleByArgument {
    var algorithms: [DigestAlgorithm]

    init(algorithms: [DigestAlgorithm]) {
        self.algorithms = algorithms
    }

    init?(argument: String) {
        guard let algorithms = DigestAlgorithm.list(argument) else { return nil }
        self.algorithms = algorithms
    }

    var defaultValueDescription: String { algorithms.map(\.rawValue).joined(separator: ",") }
    static var allValueStrings: [String] { DigestAlgorithm.allCases.map(\.rawValue) }
}

extension BagForm: ExpressibleByArgument {}

extension PackedCrateVersion: ExpressibleByArgument {}
