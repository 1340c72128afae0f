import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// The report for a person at a terminal: findings grouped by file, each with its fix, and a
/// summary line. A rule with more than ``groupThreshold`` findings of one severity is shown once,
/// with its count and a few examples, after the others (the JSON report keeps every finding).
public struct TextReport: Sendable {
    /// The number of findings of one rule above which the text report shows them as one group.
    public static let groupThreshold = 20
    /// How many paths a group names as examples.
    public static let groupExamples = 3

    /// The audit to report.
    public let result: AuditResult
    /// Whether to colour severities with ANSI escapes.
    public let colour: Bool

    /// Creates the report.
    public init(result: AuditResult, colour: Bool) {
        self.result = result
        self.colour = colour
    }

    /// `line:column` of a finding, or nothing for one without a line.
    private static func place(_ finding: Finding) -> String {
        finding.line.map { "\($0):\(finding.column ?? 1)" } ?? ""
    }

    /// The report text, ending in a newline.
    public func render() -> String {
        var lines: [String] = []
        var currentPath: String?? = .none
        let groups = Self.groups(result.findings)
        let grouped = Set(groups.map(\.key))
        // The place column is as wide as the longest `line:column`, and at least 6, plus one space.
        let placeWidth = max(6, result.findings.map { Self.place($0).count }.max() ?? 0) + 1
        let indent = String(repeating: " ", count: placeWidth + 10)
        for finding in result.findings where !grouped.contains(GroupKey(finding)) {
            if currentPath != .some(finding.path) {
                if !lines.isEmpty { lines.append("") }
                lines.append(paint(finding.path.map(TerminalText.escaped) ?? Words.depositWide, bold))
                currentPath = .some(finding.path)
            }
            let place = Self.place(finding)
            let severity = paint(finding.severity.rawValue, tint(finding.severity))
                + String(repeating: " ", count: 7 - finding.severity.rawValue.count)
            lines.append("  \(place.padding(toLength: placeWidth, withPad: " ", startingAt: 0))\(severity)  \(TerminalText.escaped(finding.message))  \(paint("[\(TerminalText.escaped(finding.rule))]", dim))")
            lines.append("\(indent)\(paint(Words.fix, dim)) \(TerminalText.escaped(finding.fix))")
        }
        for group in groups {
            if !lines.isEmpty { lines.append("") }
            let first = group.findings[0]
            let examples = group.findings.prefix(Self.groupExamples).map { $0.path ?? Words.depositWide }
            lines.append(paint(Words.groupHeading(group.findings.count, first.rule), bold))
            let severity = paint(first.severity.rawValue, tint(first.severity))
                + String(repeating: " ", count: 7 - first.severity.rawValue.count)
            lines.append("  \(String(repeating: " ", count: placeWidth))\(severity)  \(Words.groupMessage(group.findings.count, first.message, examples))  \(paint("[\(first.rule)]", dim))")
            lines.append("\(indent)\(paint(Words.fix, dim)) \(first.fix)")
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary())
        return lines.joined(separator: "\n") + "\n"
    }

    /// A rule and severity whose findings may be shown as one group.
    struct GroupKey: Hashable {
        let rule: String
        let severity: Severity
        init(_ finding: Finding) {
            rule = finding.rule
            severity = finding.severity
        }
    }

    /// The rules with more than ``groupThreshold`` findings of one severity, in the order of their first finding.
    static func groups(_ findings: [Finding]) -> [(key: GroupKey, findings: [Finding])] {
        var order: [GroupKey] = []
        var byKey: [GroupKey: [Finding]] = [:]
        for finding in findings {
            let key = GroupKey(finding)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(finding)
        }
        return order.compactMap { key in
            guard let members = byKey[key], members.count > groupThreshold else { return nil }
            return (key, members)
        }
    }

    /// The summary line alone: the verdict, the profiles, the counts, the files and their size.
    public func summary() -> String {
        let counts = Words.counts(errors: result.count(.error), warnings: result.count(.warning), notes: result.count(.note))
        let files = Words.files(result.files.count, ByteCount.format(result.bytes))
        let profiles = TerminalText.escaped(result.profiles.joined(separator: ", "))
        if result.isCompliant {
            return paint("✓", green) + " " + Words.compliant(profiles, counts, files)
        }
        return paint("✗", red) + " " + Words.notCompliant(profiles, counts, files)
    }

    private let bold = "1"
    private let dim = "2"
    private let red = "31"
    private let green = "32"

    private func tint(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .note: return "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    enum Words {
        static let depositWide = "(deposit)"
        static let fix = "fix:"
        static func groupHeading(_ count: Int, _ rule: String) -> String {
            "(\(thousands(count)) findings of \(rule))"
        }
        static func groupMessage(_ count: Int, _ message: String, _ examples: [String]) -> String {
            "\(thousands(count)) times, e.g. \"\(message)\" for \(examples.joined(separator: ", ")), … (--format json lists every one)"
        }
        /// 10634 as "10,634".
        static func thousands(_ value: Int) -> String {
            let digits = Array(String(value))
            var text = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { text += "," }
                text.append(digit)
            }
            return text
        }
        static func counts(errors: Int, warnings: Int, notes: Int) -> String {
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
        }
        static func files(_ count: Int, _ size: String) -> String { "\(count) file\(count == 1 ? "" : "s"), \(size)" }
        static func compliant(_ profiles: String, _ counts: String, _ files: String) -> String {
            "Compliant with \(profiles): \(counts) (\(files))."
        }
        static func notCompliant(_ profiles: String, _ counts: String, _ files: String) -> String {
            "Not compliant with \(profiles): \(counts) (\(files))."
        }
    }
}
