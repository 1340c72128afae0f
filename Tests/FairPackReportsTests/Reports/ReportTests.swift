@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("Reports")
struct ReportTests {
    func result() throws -> AuditResult {
        let profile = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        let deposit = Deposit.example(metadata: "title: Data\n", files: [FileEntry(path: "data/a.csv", size: 5120)])
        return Auditor(profile: profile).audit(deposit)
    }

    @Test("the JSON report has the stable keys of DESIGN §4")
    func jsonKeys() throws {
        let result = try result()
        let data = Data(JSONReport(result: result).render().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "fairpack")
        #expect(object["profiles"] as? [String] == ["fair-core"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["compliant"] as? Bool == false)
        #expect(summary["errors"] as? Int == result.count(.error))
        #expect(summary["files"] as? Int == 1)
        #expect(summary["bytes"] as? Int == 5120)
        #expect(summary["fair"] is [String: Double])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let title = try #require(findings.first { $0["rule"] as? String == "metadata.title" })
        for key in ["rule", "severity", "message", "fix", "path", "line", "pointer", "principle", "profile"] {
            #expect(title[key] != nil, "finding lacks \(key)")
        }
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "data/a.csv")
    }

    @Test("the text report groups by file, gives each fix, ends with a summary, and colours only when asked")
    func text() throws {
        let result = try result()
        let plain = TextReport(result: result, colour: false).render()
        #expect(plain.contains("deposit.yaml\n"))
        #expect(plain.contains("fix: "))
        #expect(plain.contains("[metadata.title]"))
        #expect(plain.hasSuffix("(1 file, 5.1 kB).\n"))
        #expect(plain.contains("Not compliant with fair-core"))
        #expect(!plain.contains("\u{1B}["))
        #expect(TextReport(result: result, colour: true).render().contains("\u{1B}[1;31merror"))
    }
}
