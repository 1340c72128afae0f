/// How serious a finding is: a broken MUST or a broken SHOULD.
public enum CrateSeverity: String, Sendable, Comparable {
    /// A MUST (or MUST NOT) of the specification is broken.
    case error
    /// A SHOULD (or SHOULD NOT) of the specification is broken.
    case warning

    /// Errors sort before warnings.
    public static func < (lhs: CrateSeverity, rhs: CrateSeverity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// Which findings a validation reports.
public enum CrateLevel: String, Sendable {
    /// Only broken MUSTs (errors).
    case required
    /// Broken MUSTs and SHOULDs (errors and warnings).
    case recommended

    /// Whether a finding of this severity is reported at this level.
    public func reports(_ severity: CrateSeverity) -> Bool {
        self == .recommended || severity == .error
    }
}

/// One broken rule, located as precisely as known.
public struct CrateFinding: Sendable, Equatable, CustomStringConvertible {
    /// The rule broken.
    public let rule: CrateRule
    /// Error for a MUST, warning for a SHOULD.
    public let severity: CrateSeverity
    /// One sentence: what is wrong and where.
    public let message: String
    /// One sentence: what to do.
    public let fix: String
    /// The `@id` of the entity concerned, when there is one.
    public let entityID: String?
    /// A JSON pointer into the metadata document (for example `/@graph/3/name`), when known.
    public let pointer: String?

    /// Creates a finding; the severity defaults to the rule's.
    public init(
        _ rule: CrateRule, severity: CrateSeverity? = nil, message: String, fix: String,
        entityID: String? = nil, pointer: String? = nil
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.message = message
        self.fix = fix
        self.entityID = entityID
        self.pointer = pointer
    }

    /// `error crate.root.properties at /@graph/1: message`.
    public var description: String {
        "\(severity.rawValue) \(rule.rawValue)\(pointer.map { " at \($0)" } ?? ""): \(message)"
    }
}
