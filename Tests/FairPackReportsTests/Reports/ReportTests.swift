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

    @Test("a place wider than the column (line 1002) widens the column instead of touching the severity")
    func widePlace() throws {
        let profile = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        let yaml = String(repeating: "# note\n", count: 1001) + "title:        Data\n"
        let deposit = Deposit.example(metadata: yaml, files: [FileEntry(path: "data/a.csv", size: 5120)])
        let plain = TextReport(result: Auditor(profile: profile).audit(deposit), colour: false).render()
        let line = try #require(plain.split(separator: "\n").first { $0.contains("[metadata.title]") })
        #expect(line.hasPrefix("  1002:15 error"), "\(line)")
        let severityColumn = try #require(line.range(of: "error")).lowerBound
        let other = try #require(plain.split(separator: "\n").first { $0.hasPrefix("  ") && !$0.contains("1002:") && $0.contains("  error  ") })
        #expect(line.distance(from: line.startIndex, to: severityColumn) == other.distance(from: other.startIndex, to: try #require(other.range(of: "error")).lowerBound))
    }
}

@Suite("JSON report licences")
struct JSONLicenceReportTests {
    @Test("`licences` lists every statement with path, spdx, kind, confidence and line; altered texts say so")
    func licences() throws {
        let profile = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        var result = Auditor(profile: profile).audit(Deposit.example(metadata: "title: Data\n"))
        result.licences = [
            "README.md": LicenceFacts(statements: [LicenceStatement(spdx: "etalab-2.0", kind: .notice, confidence: 0.9, line: 12),
                                                   LicenceStatement(spdx: "etalab-2.0", kind: .url, confidence: 0.95, line: 13)]),
            "LICENSE": LicenceFacts(statements: [LicenceStatement(spdx: "CC-BY-4.0", kind: .alteredText, confidence: 0.814, line: 1)]),
        ]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport(result: result).render().utf8)) as? [String: Any])
        let licences = try #require(object["licences"] as? [[String: Any]])
        #expect(licences.count == 3)
        #expect(licences.map { $0["path"] as? String } == ["LICENSE", "README.md", "README.md"])
        #expect(licences.map { $0["kind"] as? String } == ["full", "notice", "mention"])
        #expect(licences[0]["altered"] as? Bool == true)
        #expect(licences[0]["confidence"] as? Double == 0.81)
        #expect(licences[1]["altered"] == nil)
        #expect(licences[1]["spdx"] as? String == "etalab-2.0")
        #expect(licences[1]["line"] as? Int == 12)
    }

    @Test("a profile that reads no licence file reports an empty `licences` list")
    func empty() throws {
        let profile = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        let result = Auditor(profile: profile).audit(Deposit.example(metadata: "title: Data\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport(result: result).render().utf8)) as? [String: Any])
        #expect((object["licences"] as? [Any])?.isEmpty == true)
    }
}
