import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// The HTML report: one self-contained page (its style and script are inline; it fetches no
/// file, font or image) with the verdict, the FAIR score per principle as bars, the findings by
/// file with severity, message and fix (filterable by severity), and a sortable table of the
/// files with their format, PUID, size and licence. Every text from the deposit is escaped.
public struct HTMLReport: Sendable {
    /// The audit to report.
    public let result: AuditResult

    /// Creates the report.
    public init(result: AuditResult) {
        self.result = result
    }

    /// The page, ending in a newline.
    public func render() -> String {
        let verdict = result.isCompliant ? Words.compliant : Words.notCompliant
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"color-scheme\" content=\"light dark\">",
            "<title>\(e(verdict)): \(e(result.root)) · fairpack</title>",
            "<style>\n\(HTMLAssets.style)\n</style>",
            "</head>",
            "<body>",
        ]
        html += header(verdict)
        html.append("<main>")
        html += scores()
        html += findings()
        html += fileTable()
        html.append("</main>")
        html.append("<footer><p>\(e(Words.footer(FairPackVersion.current)))</p></footer>")
        html.append("<script>\n\(HTMLAssets.script)\n</script>")
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func e(_ text: String) -> String { Markup.escaped(text) }

    /// Escaped text whose paired backticks become `code` elements, as messages quote commands.
    static func inline(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.count % 2 == 1 else { return Markup.escaped(text) }
        return parts.enumerated().map { index, part in
            index % 2 == 1 ? "<code>\(Markup.escaped(String(part)))</code>" : Markup.escaped(String(part))
        }.joined()
    }

    private func header(_ verdict: String) -> [String] {
        let counts = [(Severity.error, Words.errors), (.warning, Words.warnings), (.note, Words.notes)].map { severity, word in
            "<li class=\"\(severity.rawValue)\"><b>\(result.count(severity))</b> \(word(result.count(severity)))</li>"
        }
        return [
            "<header class=\"\(result.isCompliant ? "pass" : "fail")\"><div>",
            "<p class=\"tool\">fairpack · \(e(Words.profiles)) \(e(result.profiles.joined(separator: ", ")))</p>",
            "<h1><span class=\"mark\" aria-hidden=\"true\">\(result.isCompliant ? "✓" : "✗")</span>\(e(verdict))</h1>",
            "<p class=\"root\">\(e(result.root))</p>",
            "<ul class=\"counts\">",
        ] + counts + [
            "<li><b>\(result.files.count)</b> \(Words.files(result.files.count)) · \(e(ByteCount.format(result.bytes)))</li>",
            "</ul>",
            "</div></header>",
        ]
    }

    /// The FAIR scores as bars, one per principle served by a rule that ran.
    private func scores() -> [String] {
        let scores = result.fairScores
        let principles = Words.principles.filter { scores[$0.letter] != nil }
        guard !principles.isEmpty else { return [] }
        var html = ["<section aria-labelledby=\"fair\">", "<h2 id=\"fair\">\(Words.fairHeading)</h2>", "<div class=\"bars\">"]
        for principle in principles {
            let percent = Int(((scores[principle.letter] ?? 0) * 100).rounded())
            let level = percent >= 80 ? "high" : percent >= 50 ? "mid" : "low"
            html.append("<div class=\"bar \(level)\"><span class=\"label\"><b>\(principle.letter)</b>\(principle.name)</span>"
                + "<div class=\"track\" role=\"meter\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"\(percent)\" "
                + "aria-label=\"\(principle.name)\"><div class=\"fill\" style=\"width: \(percent)%\"></div></div>"
                + "<span class=\"value\">\(percent) %</span></div>")
        }
        html += ["</div>", "<p class=\"hint\">\(Words.fairHint)</p>", "</section>"]
        return html
    }

    /// The findings grouped by file, in report order, with the severity filters.
    private func findings() -> [String] {
        var html = ["<section aria-labelledby=\"findings\">", "<h2 id=\"findings\">\(Words.findingsHeading(result.findings.count))</h2>"]
        guard !result.findings.isEmpty else { return html + ["<p class=\"none\">\(Words.noFindings)</p>", "</section>"] }
        html.append("<fieldset class=\"filters\"><legend>\(Words.show)</legend>")
        for (severity, word) in [(Severity.error, Words.errors), (.warning, Words.warnings), (.note, Words.notes)] {
            let count = result.count(severity)
            html.append("<label><input type=\"checkbox\" value=\"\(severity.rawValue)\" checked> \(count) \(word(count))</label>")
        }
        html.append("</fieldset>")
        var currentPath: String?? = .none
        for finding in result.findings {
            if currentPath != .some(finding.path) {
                if currentPath != nil { html += ["</ul>", "</article>"] }
                html += ["<article class=\"file\">", "<h3>\(e(finding.path ?? Words.depositWide))</h3>", "<ul class=\"findings\">"]
                currentPath = .some(finding.path)
            }
            var meta = "<code>\(e(finding.rule))</code>"
            if let line = finding.line { meta += " · " + e(Words.line(line, finding.column)) }
            if let pointer = finding.pointer { meta += " · <code>\(e(pointer))</code>" }
            if let principle = finding.principle { meta += " · FAIR \(e(principle))" }
            html.append("<li class=\"finding \(finding.severity.rawValue)\"><span class=\"sev\">\(finding.severity.rawValue)</span>"
                + "<p class=\"message\">\(Self.inline(finding.message))</p>"
                + "<p class=\"fix\"><b>\(Words.fix)</b> \(Self.inline(finding.fix))</p>"
                + "<p class=\"meta\">\(meta)</p></li>")
        }
        return html + ["</ul>", "</article>", "</section>"]
    }

    /// The files with format, PUID, size and licence, sortable by each column.
    private func fileTable() -> [String] {
        var html = ["<section aria-labelledby=\"files\">", "<h2 id=\"files\">\(Words.filesHeading(result.files.count))</h2>"]
        guard !result.files.isEmpty else { return html + ["<p class=\"none\">\(Words.noFiles)</p>", "</section>"] }
        html += ["<div class=\"table-wrap\"><table class=\"sortable\">", "<thead><tr>"]
        for (column, style) in Words.columns {
            html.append("<th scope=\"col\"\(style.isEmpty ? "" : " class=\"\(style)\"")><button type=\"button\">\(column)</button></th>")
        }
        html += ["</tr></thead>", "<tbody>"]
        for file in result.files {
            let facts = result.facts[file.path]
            let format = facts?.format?.name ?? facts?.mediaType
            let licence = (result.licences[file.path] ?? facts?.licences)?.primary?.spdx
            html.append("<tr><td class=\"path\" data-label=\"\(Words.columns[0].0)\">\(e(file.path))</td>"
                + cell(format, label: Words.columns[1].0) + cell(facts?.puid, label: Words.columns[2].0)
                + "<td class=\"size\" data-label=\"\(Words.columns[3].0)\" data-sort=\"\(file.size)\">\(e(ByteCount.format(file.size)))</td>"
                + cell(licence, label: Words.columns[4].0) + "</tr>")
        }
        return html + ["</tbody>", "</table></div>", "</section>"]
    }

    private func cell(_ value: String?, label: String) -> String {
        guard let value, !value.isEmpty else { return "<td class=\"none\" data-label=\"\(label)\" data-sort=\"\">–</td>" }
        return "<td data-label=\"\(label)\">\(e(value))</td>"
    }

    enum Words {
        static let compliant = "Compliant"
        static let notCompliant = "Not compliant"
        static let profiles = "profiles:"
        static func errors(_ count: Int) -> String { count == 1 ? "error" : "errors" }
        static func warnings(_ count: Int) -> String { count == 1 ? "warning" : "warnings" }
        static func notes(_ count: Int) -> String { count == 1 ? "note" : "notes" }
        static func files(_ count: Int) -> String { count == 1 ? "file" : "files" }
        static let principles: [(letter: String, name: String)] = [
            ("F", "Findable"), ("A", "Accessible"), ("I", "Interoperable"), ("R", "Reusable"),
        ]
        static let fairHeading = "FAIR score"
        static let fairHint = "Share of the rules serving each principle that found no error or warning."
        static func findingsHeading(_ count: Int) -> String { "Findings (\(count))" }
        static let noFindings = "No findings."
        static let show = "Show:"
        static let depositWide = "Whole deposit"
        static let fix = "Fix:"
        static func line(_ line: Int, _ column: Int?) -> String {
            column.map { "line \(line), column \($0)" } ?? "line \(line)"
        }
        static func filesHeading(_ count: Int) -> String { "Files (\(count))" }
        static let noFiles = "No files."
        static let columns: [(String, String)] = [("Path", ""), ("Format", ""), ("PUID", ""), ("Size", "size"), ("Licence", "")]
        static func footer(_ version: String) -> String { "Written by fairpack \(version)." }
    }
}
