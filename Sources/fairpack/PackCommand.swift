import ArgumentParser
import FairPack
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
    var form: String = "dir"

    @Option(help: ArgumentHelp("Manifest algorithms, comma-separated: sha256, sha512, sha1, md5.", valueName: "list"))
    var digest: String = "sha256,sha512"

    func validate() throws {
        guard DigestAlgorithm.list(digest) != nil else {
            throw ValidationError("--digest takes sha256, sha512, sha1 or md5, comma-separated")
        }
        guard ["dir", "zip", "tar", "tar.gz"].contains(form) else { throw ValidationError("--as takes dir, zip, tar or tar.gz") }
    }

    func run() throws {
        let packer = Packer(algorithms: DigestAlgorithm.list(digest) ?? DigestAlgorithm.packDefault,
                            baggingDate: Self.baggingDate())
        guard each else {
            try packOne(folder, to: output, packer: packer, showReport: true)
            return
        }
        try packEach(packer)
    }

    private func packEach(_ packer: Packer) throws {
        let parent = URL(fileURLWithPath: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CommandExit(status: .usage, message: "'\(folder)' is not a folder")
        }
        let deposits = names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: parent.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandExit(status: .io, message: "cannot create '\(output)': \(error.localizedDescription)")
        }
        var refused: [String] = []
        for name in deposits {
            let target = URL(fileURLWithPath: output).appendingPathComponent(form == "dir" ? name : "\(name).\(form)").path
            do {
                try packOne(parent.appendingPathComponent(name).path, to: target, packer: packer, showReport: false)
            } catch let exit as CommandExit where exit.status == .failed {
                refused.append(name)
            }
        }
        Terminal.write("Packed \(deposits.count - refused.count) of \(deposits.count) deposits into \(output).\n")
        if !refused.isEmpty {
            throw CommandExit(status: .failed, message: "not packed, the audit found errors: \(refused.joined(separator: ", "))")
        }
    }

    private func packOne(_ root: String, to target: String, packer: Packer, showReport: Bool) throws {
        let deposit = try Deposit.open(at: root)
        var catalog = try profileOptions.catalog(depositRoot: root)
        let profile = try profileOptions.resolve(in: &catalog, deposit: deposit)
        let inspected = deposit.inspected()
        let result = Auditor(profile: profile).audit(inspected)
        if !result.isCompliant {
            let report = ReportFormat.text.render(result, colour: Terminal.stdoutWantsColour)
            Terminal.write(showReport ? report : "\(root):\n" + report)
            if !force {
                throw CommandExit(status: .failed, message: "\(root): " + PackError.refused(errors: result.count(.error)).description)
            }
        }
        Interruption.removeOnSignal(Packer.temporaryPath(for: target))
        defer { Interruption.removeOnSignal(nil) }
        do {
            let summary = try packer.pack(inspected, to: target)
            Terminal.write("Wrote \(summary.output): \(summary.files) files, \(ByteCount.format(summary.bytes)).\n")
        } catch {
            switch error {
            case .outputExists: throw CommandExit(status: .usage, message: error.description)
            case .changed: throw CommandExit(status: .io, message: error.description)
            default: throw CommandExit(status: .io, message: error.description)
            }
        }
    }

    /// Today (UTC), or the day of SOURCE_DATE_EPOCH.
    static func baggingDate() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
