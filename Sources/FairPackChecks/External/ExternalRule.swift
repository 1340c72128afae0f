import FairPackBase
import FairPackDeposit
import FairPackInspection
/// A rule implemented by another program that speaks the plugin protocol: it reads the
/// deposit as JSON on its standard input and writes a JSON array of findings.
public struct ExternalRule: Sendable {
    /// The rule's id; findings without a `rule` key get it.
    public var id: String
    /// The program and its arguments; the program is looked up on PATH.
    public var command: [String]
    /// Seconds the program may run before it is stopped.
    public var timeout: Double
    /// The severity of the finding that reports a failed program, and of findings that give none.
    public var severity: Severity

    /// Creates a rule.
    public init(id: String, command: [String], timeout: Double = 60, severity: Severity = .error) {
        self.id = id
        self.command = command
        self.timeout = timeout
        self.severity = severity
    }
}
