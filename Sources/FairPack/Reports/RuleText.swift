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
        lines += examples("Passes", description.passing.prefix(1))
        lines += examples("Fails", description.failing[...])
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

    private static func examples(_ heading: String, _ examples: ArraySlice<CheckExample>) -> [String] {
        var lines: [String] = []
        for example in examples {
            lines.append("")
            var title = "\(heading):"
            if !example.settings.isEmpty {
                title += " with " + example.settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: ", ")
            }
            lines.append(title)
            if let metadata = example.metadata {
                lines += metadata.split(separator: "\n", omittingEmptySubsequences: false).map { "  | \($0)" }
            } else {
                lines.append("  (no deposit.yaml)")
            }
            for file in example.files {
                lines.append("  file: \(file.path) (\(file.kind.rawValue), \(ByteCount.format(file.size)))")
            }
        }
        return lines
    }
}
