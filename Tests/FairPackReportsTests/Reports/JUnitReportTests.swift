@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What an XML parser sees in a JUnit document.
final class JUnitTally: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var suiteAttributes: [[String: String]] = []
    var rootAttributes: [String: String] = [:]
    var cases = 0
    var failures = 0
    var outputs: [String] = []
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuites": rootAttributes = attributes
        case "testsuite":
            suites.append(attributes["name"] ?? "")
            suiteAttributes.append(attributes)
        case "testcase": cases += 1
        case "failure": failures += 1
        case "system-out": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "system-out", let text { outputs.append(text) }
        if name == "system-out" { text = nil }
    }
}

@Suite("JUnit report")
struct JUnitReportTests {
    func tally(_ result: AuditResult) throws -> JUnitTally {
        let parser = XMLParser(data: Data(JUnitReport(result: result).render().utf8))
        let tally = JUnitTally()
        parser.delegate = tally
        #expect(parser.parse(), "the JUnit report is not well-formed XML: \(String(describing: parser.parserError))")
        return tally
    }

    @Test("one test suite per profile; failures equal the errors, system-out prefixes the warnings and notes")
    func counts() throws {
        let result = try DraftSample.audit()
        let tally = try tally(result)
        #expect(tally.suites == result.profiles)
        #expect(tally.failures == result.count(.error))
        #expect(tally.rootAttributes["failures"] == String(result.count(.error)))
        #expect(tally.outputs.filter { $0.hasPrefix("warning: ") }.count == result.count(.warning))
        #expect(tally.outputs.filter { $0.hasPrefix("note: ") }.count == result.count(.note))
        let rulesWithout = result.rules.filter { rule in !result.findings.contains { $0.rule == rule.id } }.count
        #expect(tally.cases == result.findings.count + rulesWithout)
        #expect(tally.rootAttributes["tests"] == String(tally.cases))
        let suiteTests = tally.suiteAttributes.compactMap { $0["tests"].flatMap(Int.init) }.reduce(0, +)
        #expect(suiteTests == tally.cases)
    }

    @Test("several findings of one rule in one file get distinct test case names")
    func names() {
        let findings = [
            Finding(rule: "table.header", severity: .error, message: "A.", fix: "B.", path: "data/a.csv", line: 2),
            Finding(rule: "table.header", severity: .error, message: "C.", fix: "D.", path: "data/a.csv", line: 7),
            Finding(rule: "table.header", severity: .error, message: "E.", fix: "F.", path: "data/b.csv"),
        ]
        #expect(JUnitReport.named(findings).map(\.name) == ["data/a.csv #1 (line 2)", "data/a.csv #2 (line 7)", "data/b.csv"])
    }

    @Test("markup and control characters in messages stay well-formed XML")
    func hostileText() throws {
        var result = try DraftSample.audit()
        result.findings.append(Finding(rule: "x.y", severity: .error, message: "<b>&\"'</b>\u{1}\u{7}", fix: "]]> <!--",
                                       path: "a&b<c>.csv", profile: result.profiles.first))
        let tally = try tally(result)
        #expect(tally.failures == result.count(.error))
    }
}
