import FairPackBase
import FairPackChecks
import FairPackDeposit
import FairPackInspection

/// Runs a resolved profile over a deposit and collects the findings.
///
/// The auditor reads only what its rules need: each check declares the kinds of facts it
/// needs (``CheckDescription/needs``), and ``audit(_:)-(Deposit)`` reads every file once
/// with just the inspectors for those kinds. A profile of metadata checks reads no file.
public struct Auditor: Sendable {
    /// The rules to run.
    public let profile: ResolvedProfile

    /// The time all declared patterns of this auditor's runs may take together: `pack`'s
    /// audit before the read and the one after share it.
    let patternBudget: PatternBudget

    /// Creates an auditor for `profile`.
    public init(profile: ResolvedProfile) {
        self.profile = profile
        patternBudget = PatternBudget()
    }

    /// The kinds of facts the profile's checks need.
    public var needs: Set<FactKind> {
        profile.rules.reduce(into: Set<FactKind>()) { needs, rule in
            if case .check(let check) = rule.implementation { needs.formUnion(check.description.needs) }
        }
    }

    /// Reads every file of `deposit` once for the facts the rules need, then audits it.
    /// Never throws: every problem, an external program's failure included, is a finding.
    public func audit(_ deposit: Deposit) -> AuditResult {
        audit(deposit, alsoGathering: [])
    }

    /// Reads every file once for the facts the rules need plus `extra` kinds the report shows
    /// (identification, digests with `digests` algorithms), then audits it; `observer` is told
    /// how far the read has got. With `memory`, files whose key is unchanged since an earlier run
    /// are not read for their digests.
    public func audit(_ deposit: Deposit, alsoGathering extra: Set<FactKind>,
                      digests: [DigestAlgorithm] = [.sha256], memory: (any DigestMemory)? = nil,
                      observer: (any ProgressObserver)? = nil) -> AuditResult {
        let kinds = needs.union(extra)
        let factories = InspectorChoice.factories(for: kinds, in: deposit, digests: digests)
        var reader = FileReader(factories: factories, memory: memory)
        reader.observer = observer
        let facts = reader.inspect(deposit)
        return audit(InspectedDeposit(deposit, facts: facts, gathered: kinds))
    }

    /// Audits a deposit whose files were already read (by the packer's single pass).
    ///
    /// The one guarantee that no check sees a deposit lacking the facts it needs: whoever
    /// read the files must have gathered ``needs``.
    public func audit(_ deposit: InspectedDeposit) -> AuditResult {
        precondition(needs.isSubset(of: deposit.gathered),
                     "facts \(needs.subtracting(deposit.gathered).sorted()) were not gathered before the audit")
        return run(profile.rules, on: deposit)
    }

    /// Audits with the rules that read no file content, before any byte is read: `pack`
    /// refuses on their errors without reading the payload. External programs do not run.
    public func auditMetadata(_ deposit: Deposit) -> AuditResult {
        let rules = profile.rules.filter { rule in
            switch rule.implementation {
            case .check(let check): return check.description.needs.isEmpty
            case .declared: return true
            case .external: return false
            }
        }
        return run(rules, on: InspectedDeposit(deposit, facts: [:], gathered: []))
    }

    private func run(_ rules: [RuleSetting], on deposit: InspectedDeposit) -> AuditResult {
        var findings: [Finding] = []
        let budget = patternBudget
        for rule in rules {
            let problems: [Problem]
            switch rule.implementation {
            case .check(let check):
                problems = check.init(settings: rule.settings).check(deposit)
            case .declared(let declared):
                problems = declared.check(deposit, budget: budget)
            case .external(let external):
                findings += ExternalRunner(rule: external, profile: rule.profile).run(on: deposit.deposit)
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
        var result = AuditResult(root: deposit.root, profiles: profile.profiles, findings: findings.sorted(by: Self.reportOrder),
                                 files: deposit.inventory.files, excluded: deposit.inventory.excluded, rules: rules)
        result.facts = deposit.facts
        result.licences = deposit.facts.compactMapValues(\.licences)
        return result
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
