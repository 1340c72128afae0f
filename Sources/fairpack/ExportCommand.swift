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

/// `fairpack export`: writes a deposit's metadata in the form a repository takes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a deposit's metadata in the form a repository takes.",
        subcommands: [Dataverse.self]
    )

    /// `fairpack export dataverse [DIR] [-o FILE]`: the dataset JSON for Dataverse's native API.
    struct Dataverse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dataverse",
            abstract: "Write the Dataverse dataset JSON (native API, create dataset) for a deposit.",
            discussion: """
                For Recherche Data Gouv and any Dataverse installation. Licences are named as a stock \
                Dataverse 6 names them; --licence-map maps SPDX ids to an installation's own names and URIs \
                (YAML `SPDX-id: { name: …, uri: … }` or TSV `SPDX id<TAB>name<TAB>uri`). Exit status: 0 \
                written, 1 written but a field Dataverse requires is missing or the licence is unknown (one \
                warning each), 2 usage error, no readable deposit.yaml or an existing output file without \
                --force, 3 I/O error.
                """
        )

        @Argument(help: "The deposit folder (default: the current folder).")
        var folder: String = "."

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON to this file instead of standard output.",
                                                        valueName: "file"))
        var output: String?

        @Flag(help: "Replace the output file when it exists.")
        var force = false

        @Option(name: .customLong("licence-map"),
                help: ArgumentHelp("SPDX ids mapped to the installation's licence names and URIs (YAML or TSV).", valueName: "file"))
        var licenceMap: String?

        func run() throws {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw CommandExit(status: .usage, message: "'\(output)' exists; use --force to replace it")
            }
            let licences = try Self.licences(from: licenceMap)
            let deposit = try Deposit.open(at: folder)
            let file = (folder as NSString).appendingPathComponent(DepositMetadata.fileName)
            switch deposit.metadataState {
            case .parsed:
                break
            case .missing:
                throw CommandExit(status: .usage,
                                  message: "'\(file)' does not exist; run `fairpack init \(folder)` to start one")
            case .invalid(let error):
                let place = error.line.map { " (line \($0))" } ?? ""
                throw CommandExit(status: .usage, message: "'\(file)' cannot be read\(place): \(error.message)")
            }
            let json = DataverseExport.document(for: deposit, licences: licences)
            if let output {
                try Terminal.write(json, to: output)
            } else {
                Terminal.write(json)
            }
            let missing = DataverseExport.missingRequired(in: deposit)
            for field in missing {
                warn("Dataverse requires \(Self.advice[field] ?? field); the JSON was written without it")
            }
            let unknown = DataverseExport.unknownLicence(in: deposit, licences: licences)
            if let unknown {
                warn("Dataverse has no licence for \"\(unknown)\"; the JSON was written without one (the installation's default would apply): use an SPDX id of a Dataverse licence, or give --licence-map")
            }
            if !missing.isEmpty || unknown != nil { throw CommandExit(status: .failed) }
        }

        /// The stock licences, with the entries of the `--licence-map` file over them.
        static func licences(from path: String?) throws(CommandExit) -> DataverseLicenceMap {
            guard let path else { return .stock }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandExit(status: .usage, message: "cannot read the licence map '\(path)'")
            }
            do {
                return DataverseLicenceMap.stock.merging(try DataverseLicenceMap.parse(String(decoding: data, as: UTF8.self)))
            } catch {
                let place = error.line.map { " (line \($0))" } ?? ""
                throw CommandExit(status: .usage, message: "the licence map '\(path)' cannot be read\(place): \(error.message)")
            }
        }

        /// What to add to deposit.yaml for each name ``DataverseExport/missingRequired(in:)`` gives.
        private static let advice = [
            "title": "a title (`title:` in deposit.yaml)",
            "author name": "a name for every author (`name:` under each of `authors:`)",
            "contact e-mail": "a contact e-mail (`email:` under `contact:`)",
            "description": "a description (`description:`)",
            "subject": "a subject (`subjects:`, e.g. [Social Sciences])",
        ]

        /// Writes one `fairpack: warning: …` line to standard error.
        private func warn(_ message: String) {
            FileHandle.standardError.write(Data("fairpack: warning: \(message)\n".utf8))
        }
    }
}
