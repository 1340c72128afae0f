import FairPackBase
import FairPackDeposit
import FairPackInspection
/// What a check found wrong, before the audit gives it the rule's id, severity and profile.
public struct Problem: Sendable, Equatable {
    /// One sentence: what is wrong and where.
    public var message: String
    /// One sentence: what to do.
    public var fix: String
    /// The file concerned, relative to the root; nil for the deposit as a whole.
    public var path: String?
    /// Where in that file (for `deposit.yaml`).
    public var location: SourceLocation?
    /// A severity of its own, for a problem that matters less than the rule's others (a
    /// difference worth a note); nil takes the severity the profile gives the rule.
    public var severity: Severity?

    /// Creates a problem.
    public init(message: String, fix: String, path: String? = nil, location: SourceLocation? = nil) {
        self.message = message
        self.fix = fix
        self.path = path
        self.location = location
    }

    /// A problem with a value of `deposit.yaml`.
    public static func metadata(_ message: String, fix: String, at location: SourceLocation) -> Problem {
        Problem(message: message, fix: fix, path: DepositMetadata.fileName, location: location)
    }
}
