import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// The Markdown report, for a CI job summary or a merge-request comment: the verdict, a summary
/// table, the FAIR scores, then the findings grouped by file, each with its fix. It stops before
/// ``limit`` characters (Unicode scalars) with a line saying how many findings are left out.
public struct MarkdownReport: Sendable {
    /// The most characters the report has: comment fields of code hosts hold about 65,000.
    public static let limit = 65_000

    /// The audit to report.
    public let result: AuditResult
    /// The most characters (Unicode scalars) the report may have.
    public let limit: Int

    /// Creates the report.
    public init(result: AuditResult, limit: Int = MarkdownReport.limit) {
        self.result = result
        self.limit = limit
    }

    /// The report, ending in a newline.
    public func render() -> String {
        var text = header()
        guard !result.findings.isEmpty else { return text + Words.noFindings + "\n" }
        text += "\n## \(Words.findings)\n"
        var size = text.unicodeScalars.count
        var currentPath: String?? = .none
        for (index, finding) in result.findings.enumerated() {
            var block = ""
            if currentPath != .some(finding.path) {
                block += "\n### " + (finding.path.map(Self.escaped) ?? Words.depositWide) + "\n\n"
            }
            block += item(finding)
            let remaining = result.findings.count - index - 1
            let reserve = remaining > 0 ? Words.more(remaining + 1, limit).unicodeScalars.count + 2 : 0
            let blockSize = block.unicodeScalars.count
            if size + blockSize + reserve > limit {
                return text + "\n" + Words.more(result.findings.count - index, limit) + "\n"
            }
            text += block
            size += blockSize
            currentPath = .some(finding.path)
        }
        return text
    }

    /// The verdict, the counts and the FAIR scores.
    private func header() -> String {
        let verdict = result.isCompliant ? Words.compliant : Words.notCompliant
        var lines = [
            "# fairpack: \(verdict)", "",
            "\(Words.profiles) \(result.profiles.map(Self.escaped).joined(separator: ", "))", "",
            "| \(Words.errors) | \(Words.warnings) | \(Words.notes) | \(Words.files) | \(Words.size) |",
            "| ---: | ---: | ---: | ---: | ---: |",
            "| \(result.count(.error)) | \(result.count(.warning)) | \(result.count(.note)) | \(result.files.count) | \(ByteCount.format(result.bytes)) |",
        ]
        let scores = result.fairScores
        let letters = ["F", "A", "I", "R"].filter { scores[$0] != nil }
        if !letters.isEmpty {
            lines += ["", "| \(Words.fair) | " + letters.joined(separator: " | ") + " |",
                      "| --- |" + String(repeating: " ---: |", count: letters.count),
                      "| \(Words.score) | " + letters.map { "\(Int(((scores[$0] ?? 0) * 100).rounded())) %" }.joined(separator: " | ") + " |"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A finding as a list item: severity, rule, place and message, then its fix.
    private func item(_ finding: Finding) -> String {
        var head = "- **\(finding.severity.rawValue)** `\(finding.rule)`"
        if let line = finding.line { head += " \(Words.line(line, finding.column))" }
        return head + ": " + Self.escaped(finding.message) + "  \n  " + Words.fix + " " + Self.escaped(finding.fix) + "\n"
    }

    /// `text` made inert in Markdown: punctuation that formats is backslash-escaped, `<`, `>`
    /// and `&` become entities (code hosts render HTML in Markdown), line breaks become spaces.
    /// Paired backticks stay code spans, whose content Markdown shows as it is.
    public static func escaped(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.count % 2 == 1 else { return plain(Substring(text)) }
        return parts.enumerated().map { index, part in
            guard index % 2 == 1, !part.isEmpty, !part.contains(where: \.isNewline) else {
                return index % 2 == 1 ? "\\`" + plain(part) + "\\`" : plain(part)
            }
            return "`" + part + "`"
        }.joined()
    }

    private static func plain(_ text: Substring) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!":
                output += "\\" + String(character)
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\r\n", "\t": output += " "
            default: output.append(character)
            }
        }
        return output
    }

    enum Words {
        static let compliant = "compliant ✓"
        static let notCompliant = "not compliant ✗"
        static let profiles = "Profiles:"
        static let errors = "Errors"
        static let warnings = "Warnings"
        static let notes = "Notes"
        static let files = "Files"
        static let size = "Size"
        static let fair = "FAIR"
        static let score = "Score"
        static let findings = "Findings"
        static let noFindings = "\nNo findings."
        static let depositWide = "Whole deposit"
        static let fix = "Fix:"
        static func line(_ line: Int, _ column: Int?) -> String {
            column.map { "(line \(line), column \($0))" } ?? "(line \(line))"
        }
        static func more(_ count: Int, _ limit: Int) -> String {
            "**\(count) more finding\(count == 1 ? "" : "s") not shown** (this report stops at \(TextReport.Words.thousands(limit)) characters): `fairpack check --format json` lists every one."
        }
    }
}
