import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// The JUnit XML report, for CI test views: one `testsuite` per profile, and in it one `testcase`
/// per rule and file. A rule without findings is one passing test case named ``depositWide``.
/// Each finding is its own test case: an error is a `failure` carrying the message and fix; a
/// warning or note passes, its message in `system-out` starting with `warning:` or `note:`. So
/// the failures add up to the summary's errors, and the `system-out` prefixes to its warnings
/// and notes; each suite's `properties` also give the three counts.
public struct JUnitReport: Sendable {
    /// The name of a test case that stands for the whole deposit.
    public static let depositWide = "(deposit)"

    /// The audit to report.
    public let result: AuditResult

    /// Creates the report.
    public init(result: AuditResult) {
        self.result = result
    }

    /// One test case: a rule on a file, with the finding it reports, if any.
    struct Case {
        var rule: String
        var name: String
        var finding: Finding?
    }

    /// The XML document, ending in a newline.
    public func render() -> String {
        let suites = self.suites()
        let cases = suites.flatMap(\.cases)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"fairpack\" tests=\"\(cases.count)\" failures=\"\(failures(cases))\" errors=\"0\" skipped=\"0\">",
        ]
        for suite in suites {
            lines.append("  <testsuite name=\"\(Markup.escaped(suite.name))\" tests=\"\(suite.cases.count)\" "
                + "failures=\"\(failures(suite.cases))\" errors=\"0\" skipped=\"0\">")
            let findings = suite.cases.compactMap(\.finding)
            lines.append("    <properties>")
            for severity in [Severity.error, .warning, .note] {
                let count = findings.filter { $0.severity == severity }.count
                lines.append("      <property name=\"fairpack.\(severity.rawValue)s\" value=\"\(count)\"/>")
            }
            lines.append("    </properties>")
            for testCase in suite.cases { lines += Self.element(testCase) }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func failures(_ cases: [Case]) -> Int {
        cases.filter { $0.finding?.severity == .error }.count
    }

    /// A test case as XML lines.
    static func element(_ testCase: Case) -> [String] {
        let open = "    <testcase classname=\"\(Markup.escaped(testCase.rule))\" name=\"\(Markup.escaped(testCase.name))\""
        guard let finding = testCase.finding else { return [open + "/>"] }
        let body = Markup.escaped("\(finding.message)\n\(Words.fix) \(finding.fix)")
        if finding.severity == .error {
            return [open + ">",
                    "      <failure type=\"error\" message=\"\(Markup.escaped(finding.message))\">\(body)</failure>",
                    "    </testcase>"]
        }
        return [open + ">", "      <system-out>\(finding.severity.rawValue): \(body)</system-out>", "    </testcase>"]
    }

    /// The suites, one per profile in the result's order (then any profile only a finding names),
    /// each with its rules' test cases in the order the rules ran.
    func suites() -> [(name: String, cases: [Case])] {
        let fallback = result.profiles.first ?? "fairpack"
        var order = result.profiles
        var rulesBySuite: [String: [String]] = [:]
        var suiteOfRule: [String: String] = [:]
        func place(_ rule: String, in suite: String) {
            guard suiteOfRule[rule] == nil else { return }
            suiteOfRule[rule] = suite
            if !order.contains(suite) { order.append(suite) }
            rulesBySuite[suite, default: []].append(rule)
        }
        for rule in result.rules { place(rule.id, in: rule.profile) }
        var findingsByRule: [String: [Finding]] = [:]
        for finding in result.findings {
            place(finding.rule, in: finding.profile ?? fallback)
            findingsByRule[finding.rule, default: []].append(finding)
        }
        return order.map { suite in
            let cases = (rulesBySuite[suite] ?? []).flatMap { rule -> [Case] in
                let findings = findingsByRule[rule] ?? []
                guard !findings.isEmpty else { return [Case(rule: rule, name: Self.depositWide, finding: nil)] }
                return Self.named(findings).map { Case(rule: rule, name: $0.name, finding: $0.finding) }
            }
            return (suite, cases)
        }
    }

    /// Names the findings of one rule by file; a file with several gets its line or a number.
    static func named(_ findings: [Finding]) -> [(name: String, finding: Finding)] {
        var perPath: [String: Int] = [:]
        for finding in findings { perPath[finding.path ?? depositWide, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let path = finding.path ?? depositWide
            guard perPath[path, default: 0] > 1 else { return (path, finding) }
            seen[path, default: 0] += 1
            let number = seen[path, default: 0]
            return ("\(path) #\(number)" + (finding.line.map { " (line \($0))" } ?? ""), finding)
        }
    }

    enum Words {
        static let fix = "fix:"
    }
}
