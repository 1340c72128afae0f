import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// The formats `fairpack check --format` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people: grouped by file, with fixes and a summary line.
    case text
    /// For machines: the stable keys of DESIGN §4.
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// JUnit XML, for CI test views: one test suite per profile, one test case per rule and file.
    case junit
    /// Markdown, for CI job summaries and merge-request comments (at most 65,000 characters).
    case markdown
    /// One self-contained HTML page.
    case html
    /// GitHub Actions workflow commands (annotations).
    case github

    /// Renders `result` in this format. `colour` applies to text only.
    public func render(_ result: AuditResult, colour: Bool = false) -> String {
        switch self {
        case .text: return TextReport(result: result, colour: colour).render()
        case .json: return JSONReport(result: result).render()
        case .sarif: return SARIFReport(result: result).render()
        case .junit: return JUnitReport(result: result).render()
        case .markdown: return MarkdownReport(result: result).render()
        case .html: return HTMLReport(result: result).render()
        case .github: return GitHubReport(result: result).render()
        }
    }

    /// The file this format is written to under `--output-dir`.
    public var fileName: String {
        switch self {
        case .text: return "report.txt"
        case .json: return "report.json"
        case .sarif: return "report.sarif"
        case .junit: return "report.junit.xml"
        case .markdown: return "report.md"
        case .html: return "report.html"
        case .github: return "report.github.txt"
        }
    }

    /// The facts the report shows beyond what the rules need, which the audit then gathers in
    /// the same read: the format and PUID of each file (JSON, HTML), and its licence (HTML).
    public var gathers: Set<FactKind> {
        switch self {
        case .json: return [.format]
        case .html: return [.format, .licences]
        case .text, .sarif, .junit, .markdown, .github: return []
        }
    }
}
