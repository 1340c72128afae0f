import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// Text for `fairpack explain`: what a rule checks, why, how to set it, and its examples.
public enum RuleText {
    /// One line per built-in rule.
    public static func listing() -> String {
        let width = CheckRegistry.ids.map(\.count).max() ?? 0
        var lines = CheckRegistry.all.map { check -> String in
            let description = check.description
            return description.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + description.title
        }
        lines.append("")
        lines.append("Explain one with `fairpack explain RULE-ID`.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The full explanation of a built-in check.
    public static func explain(_ description: CheckDescription) -> String {
        var lines = [
            "\(description.id): \(description.title)",
            "",
            description.rationale,
            "",
            "FAIR principle: \(description.principle)",
            "Default severity: \(description.defaultSeverity.rawValue)",
        ]
        if !description.parameters.isEmpty {
            lines.append("")
            lines.append("Parameters (set them in a profile under `rules: { \(description.id): { … } }`):")
            for parameter in description.parameters {
                var line = "  \(parameter.name) (default \(parameter.defaultValue)): \(parameter.summary)"
                if let choices = parameter.choices { line += " One or more of: \(choices.joined(separator: ", "))." }
                lines.append(line)
            }
        }
        let reference = description.passing.first
        lines += reference.map { example(heading: "Passes", $0, against: nil, description) } ?? []
        for failing in description.failing {
            lines += example(heading: "Fails", failing, against: reference, description)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation of a rule declared in a profile.
    public static func explain(_ rule: DeclaredRule, profile: String) -> String {
        var lines = ["\(rule.id): declared in the profile \(profile)", ""]
        if let message = rule.message { lines.append(message) }
        lines.append("Field: \(rule.field)")
        if rule.required { lines.append("Required: yes") }
        if let pattern = rule.pattern { lines.append("Pattern: \(pattern)") }
        if let allowed = rule.allowed { lines.append("Allowed: \(allowed.joined(separator: ", "))") }
        for (name, value) in [("Minimum length", rule.minLength), ("Maximum length", rule.maxLength),
                              ("Minimum count", rule.minCount), ("Maximum count", rule.maxCount)] {
            if let value { lines.append("\(name): \(value)") }
        }
        lines.append("Severity: \(rule.severity.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An example: in full when `reference` is nil, else only the lines that differ from it, then
    /// what the check says about it.
    private static func example(heading: String, _ example: CheckExample, against reference: CheckExample?,
                                _ description: CheckDescription) -> [String] {
        var title = "\(heading):"
        if !example.settings.isEmpty {
            title += " with " + example.settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ", ")
        }
        var lines = ["", title]
        let text = example.metadata.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let base = reference?.metadata.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        switch (text, base) {
        case (nil, _):
            lines.append("  (no deposit.yaml)")
        case (let text?, let base?) where reference != nil:
            let removed = base.filter { !text.contains($0) }
            let added = text.filter { !base.contains($0) }
            lines += removed.map { "  - \($0)" } + added.map { "  + \($0)" }
            if removed.isEmpty && added.isEmpty { lines.append("  (deposit.yaml as above)") }
        case (let text?, _):
            lines += text.map { "  | \($0)" }
        }
        let referenceFiles = reference?.files ?? []
        for file in example.files where !referenceFiles.contains(file) {
            lines.append("  file: \(file.path) (\(file.kind.rawValue), \(ByteCount.format(file.size)))")
        }
        if heading != "Passes" {
            return lines + problems(example, description).flatMap { ["  → \($0.message)", "    fix: \($0.fix)"] }
        }
        return lines
    }

    private static func problems(_ example: CheckExample, _ description: CheckDescription) -> [Problem] {
        guard let check = CheckRegistry.check(id: description.id) else { return [] }
        let settings = CheckSettings(defaults: description.parameters, overrides: example.settings)
        return check.init(settings: settings).check(example.deposit)
    }
}
