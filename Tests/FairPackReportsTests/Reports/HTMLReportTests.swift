@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("HTML report")
struct HTMLReportTests {
    /// Every `src=` or `href=` value (and the like) in the page's tags, and any style-sheet `url(`
    /// or `@import`.
    static func references(_ html: String) throws -> [String] {
        let tag = try NSRegularExpression(pattern: #"<[A-Za-z][^<>]*>"#)
        let attribute = try NSRegularExpression(pattern: #"(?i)\s(?:src|href|action|poster|data|srcset|formaction)\s*=\s*["']?([^"'\s>]*)"#)
        let range = NSRange(html.startIndex..., in: html)
        var found: [String] = []
        for match in tag.matches(in: html, range: range) {
            guard let tagRange = Range(match.range, in: html) else { continue }
            let text = String(html[tagRange])
            found += attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { inner in
                Range(inner.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        let style = try NSRegularExpression(pattern: #"(?i)(url\(|@import)"#)
        found += style.matches(in: html, range: range).compactMap { Range($0.range, in: html).map { String(html[$0]) } }
        return found
    }

    @Test("the page references nothing outside itself")
    func selfContained() throws {
        let html = HTMLReport(result: try DraftSample.audit()).render()
        #expect(try Self.references(html).isEmpty)
        #expect(!html.lowercased().contains("<link"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.lowercased().contains("<iframe"))
    }

    @Test("the page shows the verdict, a bar per FAIR principle, the findings by file and the file table")
    func content() throws {
        let result = try DraftSample.audit()
        let html = HTMLReport(result: result).render()
        #expect(html.contains("Not compliant</h1>"))
        for (letter, score) in result.fairScores {
            #expect(html.contains("<b>\(letter)</b>"))
            #expect(html.contains("aria-valuenow=\"\(Int((score * 100).rounded()))\""))
        }
        #expect(html.components(separatedBy: "<li class=\"finding ").count - 1 == result.findings.count)
        for severity in Severity.allCases {
            #expect(html.contains("<input type=\"checkbox\" value=\"\(severity.rawValue)\" checked>"))
        }
        #expect(html.components(separatedBy: "<tr><td class=\"path\"").count - 1 == result.files.count)
        #expect(html.contains("fmt/"), "the file table names PUIDs")
        #expect(html.contains("<table class=\"sortable\">"))
        #expect(html.components(separatedBy: "<th scope=\"col\"").count - 1 == 5)
        #expect(html.contains("data-sort=\"\(result.files[0].size)\""), "sizes sort by bytes, not by their text")
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test("text from the deposit is escaped: a message cannot add markup or a link")
    func escaping() throws {
        var result = try DraftSample.audit()
        result.root = "<script>alert(1)</script>"
        result.findings.append(Finding(rule: "x\"y", severity: .warning, message: "<img src=https://e.example/x.png>",
                                       fix: "<a href=\"http://e.example\">here</a>", path: "data/<b>.csv"))
        let html = HTMLReport(result: result).render()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>.csv"))
        #expect(try Self.references(html).isEmpty)
        #expect(html.contains("&lt;img src=https://e.example/x.png&gt;"))
    }

    @Test("paired backticks in a message become code, still escaped; a lone one stays as it is")
    func code() {
        #expect(HTMLReport.inline("Run `iconv -f a > b`, then `x`.") == "Run <code>iconv -f a &gt; b</code>, then <code>x</code>.")
        #expect(HTMLReport.inline("a ` b <c>") == "a ` b &lt;c&gt;")
    }
}
