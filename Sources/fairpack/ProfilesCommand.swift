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

/// `fairpack profiles [show ID]`: the profiles available, or one profile's resolved rules.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the deposit profiles, or show one with its rules.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// Where to look for profiles besides the built-in ones.
    struct Sources: ParsableArguments {
        @Option(name: .customLong("profile-path"), help: ArgumentHelp("A folder of extra profiles (repeatable).", valueName: "dir"))
        var profilePaths: [String] = []

        @Option(name: .customLong("deposit"), help: ArgumentHelp("A deposit whose .fairpack/profiles/ to include.", valueName: "dir"))
        var deposit: String?

        func catalog() throws(ConfigurationError) -> ProfileCatalog {
            try ProfileCatalog.load(searchPaths: profilePaths, depositRoot: deposit)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles.")

        @OptionGroup var sources: Sources

        func run() throws {
            Terminal.write(TerminalText.escapedLines(ProfileText.listing(try sources.catalog())))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a profile's resolved rules.")

        @Argument(help: "A profile id, alias or YAML file.")
        var profile: String

        @OptionGroup var sources: Sources

        func run() throws {
            var catalog = try sources.catalog()
            let id = try catalog.reference(profile)
            let resolved = try ProfileResolver.resolve([id], in: catalog, trustDeposit: true)
            guard let document = catalog.document(named: id) else {
                throw CommandExit(status: .usage, message: "unknown profile '\(profile)'; `fairpack profiles` lists them")
            }
            Terminal.write(TerminalText.escapedLines(ProfileText.resolved(document, resolved)))
        }
    }
}
