import FairPackBase
import FairPackDeposit
import FairPackInspection
/// How much a finding matters. Only `error` makes a deposit non-compliant.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Worth knowing; never fails a check unless `--fail-on` says so.
    case note
    /// Should be fixed; the deposit is still accepted.
    case warning
    /// The repository would refuse the deposit, or reusers could not use it.
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// `note` < `warning` < `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
