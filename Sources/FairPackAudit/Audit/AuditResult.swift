import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
/// What an audit found: the findings, in report order, and their summary.
public struct AuditResult: Sendable {
    /// The deposit folder, as given.
    public var root: String
    /// The profiles used, asked-for ones first.
    public var profiles: [String]
    /// Every finding: deposit-wide first, then by path, line and rule.
    public var findings: [Finding]
    /// The files audited.
    public var files: [FileEntry]
    /// Paths left out by `exclude:` or always left out.
    public var excluded: [String]
    /// The ids of the rules that ran.
    public var rules: [RuleSetting]
    /// What the one read taught about each file, by path (empty when no file was read).
    public var facts: [String: FileFacts] = [:]
    /// The licences stated in licence files and root READMEs, by path, when they were read.
    public var licences: [String: LicenceFacts] = [:]

    /// True when there is no finding of severity `error`.
    public var isCompliant: Bool { !findings.contains { $0.severity == .error } }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The total size of the files audited.
    public var bytes: UInt64 { files.reduce(0) { $0 + $1.size } }

    /// For each FAIR letter (F, A, I, R) served by at least one rule that ran: the share of
    /// those rules with no error or warning. Notes do not lower the score.
    public var fairScores: [String: Double] {
        var scores: [String: Double] = [:]
        for letter in ["F", "A", "I", "R"] {
            let served = rules.filter { $0.principle?.hasPrefix(letter) == true }
            guard !served.isEmpty else { continue }
            let passed = served.filter { rule in
                !findings.contains { $0.rule == rule.id && $0.severity >= .warning }
            }
            scores[letter] = (Double(passed.count) / Double(served.count) * 100).rounded() / 100
        }
        return scores
    }

    /// True when some finding is at or above `threshold`.
    public func fails(at threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }
}
