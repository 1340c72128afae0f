import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// What the SARIF, JUnit and HTML reports say about one rule: its name, descriptions and the help
/// that says how to fix its findings, taken from the check registry or the profile that declares it.
public struct ReportRule: Sendable, Equatable {
    /// The rule's dotted id.
    public var id: String
    /// A short human name (the check's title).
    public var name: String
    /// One sentence: what the rule checks.
    public var shortDescription: String
    /// Why the rule exists.
    public var fullDescription: String
    /// How to fix a finding of the rule, and where to learn more.
    public var help: String
    /// The FAIR principle it serves (`F2`, `R1.1`), when known.
    public var principle: String?
    /// The severity its findings have in this run.
    public var severity: Severity
    /// The profile that switched it on, when known.
    public var profile: String?

    /// The rules of `result`: every rule that ran, in run order, then any rule that only a
    /// finding names (so that every finding's rule is described).
    public static func all(in result: AuditResult) -> [ReportRule] {
        var rules = result.rules.map(ReportRule.init)
        var known = Set(rules.map(\.id))
        for finding in result.findings where !known.contains(finding.rule) {
            known.insert(finding.rule)
            rules.append(ReportRule(finding: finding))
        }
        return rules
    }

    /// Describes a rule that ran.
    public init(_ setting: RuleSetting) {
        id = setting.id
        severity = setting.severity
        profile = setting.profile
        principle = setting.principle
        switch setting.implementation {
        case .check(let check):
            let description = check.description
            name = description.title
            shortDescription = Self.sentence(description.title)
            fullDescription = description.rationale
            help = Self.help(fix: Self.exampleFix(check), id: setting.id)
        case .declared(let rule):
            name = setting.id
            shortDescription = rule.message.map(Self.sentence) ?? Words.declared(rule.field.description, setting.profile)
            fullDescription = shortDescription
            help = Self.help(fix: rule.fix, id: setting.id)
        case .external(let rule):
            name = setting.id
            shortDescription = Words.external(rule.command.joined(separator: " "))
            fullDescription = shortDescription
            help = Words.externalHelp
        }
    }

    /// Describes a rule known only from one of its findings.
    init(finding: Finding) {
        id = finding.rule
        name = finding.rule
        shortDescription = Words.unlisted(finding.rule)
        fullDescription = shortDescription
        help = Self.help(fix: finding.fix, id: finding.rule)
        principle = finding.principle
        severity = finding.severity
        profile = finding.profile
    }

    /// The fix the check gives for its first failing example, with default settings.
    private static func exampleFix(_ check: any Check.Type) -> String? {
        let description = check.description
        guard let example = description.failing.first else { return nil }
        let settings = CheckSettings(defaults: description.parameters, overrides: example.settings)
        return check.init(settings: settings).check(example.deposit).first?.fix
    }

    private static func help(fix: String?, id: String) -> String {
        [fix, Words.explain(id)].compactMap { $0 }.joined(separator: " ")
    }

    private static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first else { return trimmed }
        let capitalised = first.uppercased() + trimmed.dropFirst()
        return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
    }

    enum Words {
        static func declared(_ field: String, _ profile: String) -> String {
            "Checks `\(field)` as the profile \(profile) requires."
        }
        static func external(_ command: String) -> String { "Runs `\(command)` on the deposit." }
        static let externalHelp = "Read the program's message and fix what it names."
        static func unlisted(_ rule: String) -> String { "Findings of \(rule)." }
        static func explain(_ id: String) -> String { "`fairpack explain \(id)` shows examples." }
    }
}
