@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("Markdown report")
struct MarkdownReportTests {
    /// The draft's result with `count` more findings of long messages, spread over many files.
    func crowded(_ count: Int) throws -> AuditResult {
        var result = try DraftSample.audit()
        let filler = String(repeating: "The column header of this table repeats an earlier one. ", count: 3)
        for index in 0..<count {
            result.findings.append(Finding(rule: "table.header", severity: .warning, message: "Finding \(index): \(filler)",
                                           fix: "Rename the column.", path: "data/table-\(index / 5).csv", line: index % 40 + 1))
        }
        return result
    }

    @Test("a large result stops under 65,000 characters with a line counting the findings left out")
    func truncation() throws {
        let result = try crowded(2_000)
        let report = MarkdownReport(result: result).render()
        #expect(report.unicodeScalars.count <= MarkdownReport.limit)
        let shown = report.components(separatedBy: "\n- **").count - 1
        #expect(shown > 50)
        let left = result.findings.count - shown
        #expect(left > 0)
        #expect(report.contains("**\(left) more findings not shown**"))
        #expect(report.hasSuffix("lists every one.\n"))
    }

    @Test("the limit holds for every size around it", arguments: [0, 1, 100, 200, 250, 300, 400])
    func limitHolds(_ count: Int) throws {
        let result = try crowded(count)
        let report = MarkdownReport(result: result, limit: 30_000).render()
        #expect(report.unicodeScalars.count <= 30_000)
        let shown = report.components(separatedBy: "\n- **").count - 1
        if shown < result.findings.count {
            #expect(report.contains("**\(result.findings.count - shown) more finding"))
        } else {
            #expect(!report.contains("more finding"))
        }
    }

    @Test("the draft sample fits whole, with the verdict, the summary table and the findings by file")
    func draft() throws {
        let result = try DraftSample.audit()
        let report = MarkdownReport(result: result).render()
        #expect(report.hasPrefix("# fairpack: not compliant"))
        #expect(report.contains("| \(result.count(.error)) | \(result.count(.warning)) | \(result.count(.note)) | \(result.files.count) |"))
        #expect(!report.contains("more finding"))
        for path in Set(result.findings.compactMap(\.path)) {
            #expect(report.contains("### " + MarkdownReport.escaped(path) + "\n"))
        }
    }

    @Test("Markdown and HTML in messages are made inert")
    func escaping() {
        #expect(MarkdownReport.escaped("a_b*c* [x](http://e) <img> | d") == "a\\_b\\*c\\* \\[x\\](http://e) &lt;img&gt; \\| d")
        #expect(MarkdownReport.escaped("run `iconv -f a > b_c` now") == "run `iconv -f a > b_c` now")
        #expect(MarkdownReport.escaped("one ` alone") == "one \\` alone")
        #expect(MarkdownReport.escaped("two\nlines") == "two lines")
    }
}
