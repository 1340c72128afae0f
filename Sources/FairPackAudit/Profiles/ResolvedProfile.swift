import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
/// The rules an audit runs: one or more profiles with their `extends` followed and merged.
public struct ResolvedProfile: Sendable {
    /// The profiles used: those asked for first, then those they extend, each once.
    public var profiles: [String]
    /// Every rule switched on, in the order of the check registry, then declared and external rules.
    public var rules: [RuleSetting]
    /// Rules a profile switched off with `severity: off`.
    public var switchedOff: [String]

    /// Creates a resolved profile.
    public init(profiles: [String], rules: [RuleSetting], switchedOff: [String] = []) {
        self.profiles = profiles
        self.rules = rules
        self.switchedOff = switchedOff
    }

    /// No rule at all: an audit that reads nothing and finds nothing.
    public static let empty = ResolvedProfile(profiles: [], rules: [])
}

/// One rule as a resolved profile runs it.
public struct RuleSetting: Sendable {
    /// What runs.
    public enum Implementation: Sendable {
        /// A built-in check.
        case check(any Check.Type)
        /// A rule from a profile's `declare:` list.
        case declared(DeclaredRule)
        /// A program from a profile's `external:` list.
        case external(ExternalRule)
    }

    /// The rule id.
    public var id: String
    /// What runs.
    public var implementation: Implementation
    /// The severity of its findings.
    public var severity: Severity
    /// The parameters (built-in checks only).
    public var settings: CheckSettings
    /// The profile that last configured the rule.
    public var profile: String

    /// The FAIR principle the rule serves, when known.
    public var principle: String? {
        switch implementation {
        case .check(let check): return check.description.principle
        case .declared(let rule): return rule.principle
        case .external: return nil
        }
    }
}
