@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("Every report format on the draft sample")
struct FormatCoverageTests {
    /// How a finding's message reads once a format has escaped it.
    static func written(_ message: String, in format: ReportFormat) -> String {
        switch format {
        case .junit: return Markup.escaped(message)
        case .html: return HTMLReport.inline(message)
        case .markdown: return MarkdownReport.escaped(message)
        case .github: return GitHubReport.data(message)
        case .json, .sarif, .text: return message
        }
    }

    @Test("each format names every finding of the draft sample", arguments: [ReportFormat.sarif, .junit, .markdown, .html, .github])
    func everyFinding(_ format: ReportFormat) throws {
        let result = try DraftSample.audit()
        #expect(result.findings.count >= 10)
        var report = format.render(result)
        if format == .sarif {
            let document = try JSONSerialization.jsonObject(with: Data(report.utf8))
            report = Self.strings(in: document).joined(separator: "\n")
        }
        for finding in result.findings {
            #expect(report.contains(Self.written(finding.message, in: format)), "\(format) lacks: \(finding.message)")
            #expect(report.contains(Self.written(finding.fix, in: format)), "\(format) lacks the fix: \(finding.fix)")
        }
    }

    /// Every text value in a parsed JSON document.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let array as [Any]: return array.flatMap(strings)
        case let object as [String: Any]: return object.values.flatMap(strings)
        default: return []
        }
    }

    @Test("JSON lists every finding, with its message as written")
    func json() throws {
        let result = try DraftSample.audit()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(result).utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["message"] as? String } == result.findings.map(\.message))
    }

    @Test("each format has its own file name under --output-dir")
    func fileNames() {
        let names = ReportFormat.allCases.map(\.fileName)
        #expect(Set(names).count == ReportFormat.allCases.count)
        #expect(ReportFormat.sarif.fileName == "report.sarif")
        #expect(ReportFormat.junit.fileName == "report.junit.xml")
        #expect(ReportFormat.markdown.fileName == "report.md")
    }
}
