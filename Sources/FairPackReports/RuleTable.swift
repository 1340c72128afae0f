import FairPackChecks

/// The table of every built-in rule, generated from the registry for `docs/rules.md`
/// (`make docs`); a test fails when the committed copy differs.
public enum RuleTable {
    /// The whole page, in Markdown.
    public static func markdown() -> String {
        var lines = [
            "# Rules",
            "",
            "Generated from the check registry by `make docs`: do not edit by hand.",
            "`fairpack explain ID` shows a rule's rationale, parameters and examples.",
            "",
            "| id | what it checks | FAIR | default | parameters (default) | reads |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for check in CheckRegistry.all {
            let description = check.description
            let parameters = description.parameters.map { "`\($0.name)` (\(cell($0.defaultValue.description)))" }
            let needs = description.needs.sorted().map(\.rawValue)
            lines.append("| `\(description.id)` | \(cell(description.title)) | \(description.principle) | "
                + "\(description.defaultSeverity.rawValue) | \(parameters.isEmpty ? "" : parameters.joined(separator: ", ")) | "
                + "\(needs.isEmpty ? "metadata only" : needs.joined(separator: ", ")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe for a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
