@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

/// A text and how a workflow command writes it.
struct EscapeCase: Sendable, CustomTestStringConvertible {
    let text: String
    let data: String
    let property: String
    var testDescription: String { text.debugDescription }
}

@Suite("GitHub workflow commands")
struct GitHubReportTests {
    static let cases = [
        EscapeCase(text: "plain text", data: "plain text", property: "plain text"),
        EscapeCase(text: "100%", data: "100%25", property: "100%25"),
        EscapeCase(text: "a\nb\r\nc", data: "a%0Ab%0D%0Ac", property: "a%0Ab%0D%0Ac"),
        EscapeCase(text: "a:b,c", data: "a:b,c", property: "a%3Ab%2Cc"),
        EscapeCase(text: "%0A", data: "%250A", property: "%250A"),
        EscapeCase(text: "::error::x", data: "::error::x", property: "%3A%3Aerror%3A%3Ax"),
    ]

    @Test("messages escape %, CR and LF; properties also : and ,", arguments: cases)
    func escaping(_ escape: EscapeCase) {
        #expect(GitHubReport.data(escape.text) == escape.data)
        #expect(GitHubReport.property(escape.text) == escape.property)
    }

    @Test("one command per finding, with file under the deposit folder, line, column and title; a closing notice")
    func commands() throws {
        var result = try DraftSample.audit()
        result.root = "Samples/gtnum-reve-draft/"
        let lines = GitHubReport(result: result).render().split(separator: "\n").map(String.init)
        #expect(lines.count == result.findings.count + 1)
        for (line, finding) in zip(lines, result.findings) {
            let kind = ["error": "error", "warning": "warning", "note": "notice"][finding.severity.rawValue] ?? ""
            #expect(line.hasPrefix("::\(kind) "))
            #expect(line.contains("title=\(GitHubReport.property(finding.rule))::"))
            if let path = finding.path {
                #expect(line.contains("file=" + GitHubReport.property("Samples/gtnum-reve-draft/" + path)))
                if let number = finding.line { #expect(line.contains(",line=\(number)")) }
            } else {
                #expect(!line.contains("file="))
            }
        }
        #expect(lines.last?.hasPrefix("::notice title=fairpack::Not compliant with") == true)
    }

    @Test("a deposit given as . or ./x names files as the runner sees them")
    func joined() {
        #expect(GitHubReport.joined(".", "data/a.csv") == "data/a.csv")
        #expect(GitHubReport.joined("./deposit/", "data/a.csv") == "deposit/data/a.csv")
        #expect(GitHubReport.joined("/srv/d", "a.csv") == "/srv/d/a.csv")
    }
}
