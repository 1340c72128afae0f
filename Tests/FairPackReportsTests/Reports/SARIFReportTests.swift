@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("SARIF report")
struct SARIFReportTests {
    func run(_ result: AuditResult) throws -> [String: Any] {
        let text = SARIFReport(result: result, rootURI: "file:///deposits/draft/").render()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    func rules(_ run: [String: Any]) throws -> [[String: Any]] {
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "fairpack")
        return try #require(driver["rules"] as? [[String: Any]])
    }

    @Test("tool.driver.rules describes every rule that ran, with its descriptions, help, level and FAIR principle")
    func rules() throws {
        let result = try DraftSample.audit()
        let rules = try rules(try run(result))
        #expect(rules.compactMap { $0["id"] as? String }.prefix(result.rules.count) == ArraySlice(result.rules.map(\.id)))
        for (rule, setting) in zip(rules, result.rules) {
            for key in ["shortDescription", "fullDescription", "help"] {
                let text = (rule[key] as? [String: Any])?["text"] as? String
                #expect(text?.isEmpty == false, "\(setting.id) lacks \(key)")
            }
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == setting.severity.rawValue)
            if let principle = setting.principle {
                #expect((rule["properties"] as? [String: Any])?["fairPrinciple"] as? String == principle)
            }
        }
        let title = try #require(rules.first { $0["id"] as? String == "metadata.title" })
        let help = try #require((title["help"] as? [String: Any])?["text"] as? String)
        #expect(help.contains("fairpack explain metadata.title"))
    }

    @Test("each finding is a result with its level, message, location relative to the deposit and line where known")
    func results() throws {
        let result = try DraftSample.audit()
        let run = try run(result)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.findings.count)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases[SARIFReport.rootBaseId]?["uri"] == "file:///deposits/draft/")
        let rules = try rules(run)
        for (object, finding) in zip(results, result.findings) {
            #expect(object["ruleId"] as? String == finding.rule)
            #expect(object["level"] as? String == finding.severity.rawValue)
            let index = try #require(object["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule)
            let message = try #require((object["message"] as? [String: Any])?["text"] as? String)
            #expect(message.hasPrefix(finding.message))
            let location = try #require((object["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == SARIFReport.rootBaseId)
            #expect((artifact["uri"] as? String)?.removingPercentEncoding == finding.path ?? "deposit.yaml")
            #expect((location["logicalLocations"] != nil) == (finding.path == nil))
            let region = physical["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == finding.line)
            if finding.line != nil, let column = finding.column { #expect(region?["startColumn"] as? Int == column) }
        }
        #expect(result.findings.contains { $0.line != nil }, "the draft has findings with a line")
    }

    @Test("a deposit-wide finding is placed on deposit.yaml and named as the deposit")
    func depositWide() throws {
        var result = try DraftSample.audit()
        result.findings = [Finding(rule: "deposit.readme", severity: .warning, message: "The deposit has no README.", fix: "Add one.")]
        let results = try #require(try run(result)["results"] as? [[String: Any]])
        let location = try #require((results.first?["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "deposit.yaml")
        #expect(physical["region"] == nil)
        #expect((location["logicalLocations"] as? [[String: Any]])?.first?["name"] as? String == "deposit")
    }

    @Test("partial fingerprints are unique in a run and the same in a second run")
    func fingerprints() throws {
        func prints(_ result: AuditResult) throws -> [String] {
            try #require(try run(result)["results"] as? [[String: Any]]).compactMap {
                ($0["partialFingerprints"] as? [String: String])?[SARIFReport.fingerprintKey]
            }
        }
        let first = try prints(try DraftSample.audit())
        let second = try prints(try DraftSample.audit())
        #expect(!first.isEmpty)
        #expect(Set(first).count == first.count)
        #expect(first == second)
    }

    @Test("a finding's fingerprint ignores its line but not its rule, file or pointer")
    func fingerprintParts() {
        let finding = Finding(rule: "metadata.title", severity: .error, message: "No title.", fix: "Add one.",
                              path: "deposit.yaml", line: 3, pointer: "/title")
        var moved = finding
        moved.line = 9
        var other = finding
        other.pointer = "/description"
        #expect(SARIFReport.fingerprint(finding) == SARIFReport.fingerprint(moved))
        #expect(SARIFReport.fingerprint(finding) != SARIFReport.fingerprint(other))
    }

    @Test("paths with spaces, accents and # are percent-encoded in artifact URIs")
    func uris() {
        #expect(SARIFReport.uri("data/entretiens 2024/été#1.csv") == "data/entretiens%202024/%C3%A9t%C3%A9%231.csv")
        #expect(SARIFReport.fileURI(of: "/srv/dépôt") == "file:///srv/d%C3%A9p%C3%B4t/")
    }
}
