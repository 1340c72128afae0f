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
                For Recherche Data Gouv and any Dataverse installation. Exit status: 0 written, 1 written \
                but a field Dataverse requires is missing (one warning each), 2 usage error or no readable \
                deposit.yaml, 3 I/O error.
                """
        )

        @Argument(help: "The deposit folder (default: the current folder).")
        var folder: String = "."

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON to this file instead of standard output.",
                                                        valueName: "file"))
        var output: String?

        func run() throws {
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
            let json = DataverseExport.document(for: deposit)
            if let output {
                try Terminal.write(json, to: output)
            } else {
                Terminal.write(json)
            }
            let missing = DataverseExport.missingRequired(in: deposit)
            for field in missing {
                warn("Dataverse requires \(Self.advice[field] ?? field); the JSON was written without it")
            }
            if !missing.isEmpty { throw CommandExit(status: .failed) }
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
