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

/// `fairpack explain [RULE-ID]`: what a rule checks and why, with its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it checks, why, its parameters and examples. Without an id, list the rules."
    )

    @Argument(help: "A rule id, such as metadata.licence.")
    var rule: String?

    @Option(name: .customLong("profile-path"), help: ArgumentHelp("A folder of extra profiles whose declared rules to explain.",
                                                                   valueName: "dir"))
    var profilePaths: [String] = []

    @Flag(help: ArgumentHelp("Print the Markdown table of every rule (docs/rules.md).", visibility: .hidden))
    var markdownTable = false

    func run() throws {
        if markdownTable {
            Terminal.write(RuleTable.markdown())
            return
        }
        guard let rule else {
            Terminal.write(RuleText.listing())
            return
        }
        if let check = CheckRegistry.check(id: rule) {
            Terminal.write(RuleText.explain(check.description))
            return
        }
        let catalog = try ProfileCatalog.load(searchPaths: profilePaths)
        for document in catalog.all {
            if let declared = document.declared.first(where: { $0.id == rule }) {
                Terminal.write(TerminalText.escapedLines(RuleText.explain(declared, profile: document.id)))
                return
            }
        }
        let known = CheckRegistry.ids + catalog.all.flatMap { $0.declared.map(\.id) }
        let hint = NearestWord.find(rule, in: known, maxDistance: 3).map { "did you mean '\($0)'? " } ?? ""
        throw CommandExit(status: .usage, message: "unknown rule '\(rule)'; \(hint)`fairpack explain` lists them")
    }
}
