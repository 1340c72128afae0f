import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// The report for a person at a terminal: findings grouped by file, each with its fix, and a
/// summary line.
public struct TextReport: Sendable {
    /// The audit to report.
    public let result: AuditResult
    /// Whether to colour severities with ANSI escapes.
    public let colour: Bool

    /// Creates the report.
    public init(result: AuditResult, colour: Bool) {
        self.result = result
        self.colour = colour
    }

    /// The report text, ending in a newline.
    public func render() -> String {
        var lines: [String] = []
        var currentPath: String?? = .none
        for finding in result.findings {
            if currentPath != .some(finding.path) {
                if !lines.isEmpty { lines.append("") }
                lines.append(paint(finding.path.map(TerminalText.escaped) ?? Words.depositWide, bold))
                currentPath = .some(finding.path)
            }
            let place = finding.line.map { "\($0):\(finding.column ?? 1)" } ?? ""
            let severity = paint(finding.severity.rawValue, tint(finding.severity))
                + String(repeating: " ", count: 7 - finding.severity.rawValue.count)
            lines.append("  \(place.padding(toLength: 7, withPad: " ", startingAt: 0))\(severity)  \(TerminalText.escaped(finding.message))  \(paint("[\(TerminalText.escaped(finding.rule))]", dim))")
            lines.append("                 \(paint(Words.fix, dim)) \(TerminalText.escaped(finding.fix))")
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary())
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary() -> String {
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
