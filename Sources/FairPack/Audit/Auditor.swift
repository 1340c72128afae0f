/// Runs a resolved profile over a deposit and collects the findings.
public struct Auditor: Sendable {
    /// The rules to run.
    public let profile: ResolvedProfile

    /// Creates an auditor for `profile`.
    public init(profile: ResolvedProfile) {
        self.profile = profile
    }

    /// Audits `deposit`. Never throws: every problem, an external program's failure included, is a finding.
    public func audit(_ deposit: Deposit) -> AuditResult {
        var findings: [Finding] = []
        for rule in profile.rules {
            let problems: [Problem]
            switch rule.implementation {
            case .check(let check):
                problems = check.init(settings: rule.settings).check(deposit)
            case .declared(let declared):
                problems = declared.check(deposit)
            case .external(let external):
                findings += ExternalRunner(rule: external, profile: rule.profile).run(on: deposit)
                continue
            }
            findings += problems.map { problem in
                Finding(rule: rule.id, severity: problem.severity.map { min($0, rule.severity) } ?? rule.severity,
                        message: problem.message, fix: problem.fix,
                        path: problem.path, line: problem.location?.line, column: problem.location?.column,
                        pointer: problem.location.flatMap { $0.pointer.isEmpty ? nil : $0.pointer },
                        principle: rule.principle, profile: rule.profile)
            }
        }
        return AuditResult(root: deposit.root, profiles: profile.profiles, findings: findings.sorted(by: Self.reportOrder),
                           files: deposit.inventory.files, excluded: deposit.inventory.excluded, rules: profile.rules)
    }

    /// Deposit-wide findings first, then by path, line, column, severity (errors first) and rule.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if (lhs.path == nil) != (rhs.path == nil) { return lhs.path == nil }
        let left = (lhs.path ?? "", lhs.line ?? 0, lhs.column ?? 0, 2 - severityRank(lhs.severity))
        let right = (rhs.path ?? "", rhs.line ?? 0, rhs.column ?? 0, 2 - severityRank(rhs.severity))
        if left != right { return left < right }
        return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
    }

    private static func severityRank(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }
}
