import FairPackBase
import FairPackDeposit
import FairPackInspection
/// One problem found by an audit, as reports show it. The JSON keys are stable.
public struct Finding: Sendable, Equatable, Codable {
    /// The rule's dotted id (`metadata.title`).
    public var rule: String
    /// How much it matters.
    public var severity: Severity
    /// What is wrong and where, in one sentence.
    public var message: String
    /// What to do, in one sentence.
    public var fix: String
    /// The file, relative to the deposit root; absent for deposit-wide findings.
    public var path: String?
    /// The 1-based line in that file, where known.
    public var line: Int?
    /// The 1-based column in that file, where known.
    public var column: Int?
    /// The JSON pointer of the value in that file, where known.
    public var pointer: String?
    /// The FAIR principle the rule serves (`F2`, `R1.1`).
    public var principle: String?
    /// The profile that switched the rule on.
    public var profile: String?

    /// Creates a finding.
    public init(rule: String, severity: Severity, message: String, fix: String, path: String? = nil,
                line: Int? = nil, column: Int? = nil, pointer: String? = nil, principle: String? = nil,
                profile: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.fix = fix
        self.path = path
        self.line = line
        self.column = column
        self.pointer = pointer
        self.principle = principle
        self.profile = profile
    }
}
