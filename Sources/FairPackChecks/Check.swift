import FairPackBase
import FairPackDeposit
import FairPackInspection
/// A rule that looks at a deposit and reports problems: the unit of the plugin system.
///
/// A check never opens files and never prints: it reads the deposit's metadata, inventory
/// and facts, and returns ``Problem``s. The audit gives them the rule's id, the severity the
/// profile chose and the profile's name. Every check describes itself, parameters and
/// examples included; the examples are run by the tests and shown by `fairpack explain`.
public protocol Check: Sendable {
    /// Who the check is, what it wants and how it is used.
    static var description: CheckDescription { get }
    /// Creates the check with its parameters (defaults filled in, kinds already validated).
    init(settings: CheckSettings)
    /// The problems in `deposit`; empty when it passes.
    func check(_ deposit: InspectedDeposit) -> [Problem]
}

/// What a check is: id, words for people, FAIR principle, default severity, parameters, examples.
public struct CheckDescription: Sendable {
    /// The stable dotted id (`metadata.title`).
    public var id: String
    /// A short title.
    public var title: String
    /// Why the rule exists, for `fairpack explain`.
    public var rationale: String
    /// The FAIR principle it serves (`F2`, `A1`, `I1`, `R1.1`, …).
    public var principle: String
    /// The severity when a profile does not set one.
    public var defaultSeverity: Severity
    /// The settings a profile may change.
    public var parameters: [CheckParameter]
    /// The kinds of facts it reads; the audit gathers them before the check runs.
    public var needs: Set<FactKind>
    /// Deposits that pass.
    public var passing: [CheckExample] { passingExamples() }
    /// Deposits that fail.
    public var failing: [CheckExample] { failingExamples() }
    // The examples are built when asked for (by `explain`, reports and the tests), not when a profile
    // looks a check up by id: building every check's examples took a tenth of a `pack` of a small folder.
    private let passingExamples: @Sendable () -> [CheckExample]
    private let failingExamples: @Sendable () -> [CheckExample]

    /// Creates a description.
    public init(id: String, title: String, rationale: String, principle: String, defaultSeverity: Severity,
                parameters: [CheckParameter] = [], needs: Set<FactKind> = [],
                passing: @autoclosure @escaping @Sendable () -> [CheckExample],
                failing: @autoclosure @escaping @Sendable () -> [CheckExample]) {
        self.id = id
        self.title = title
        self.rationale = rationale
        self.principle = principle
        self.defaultSeverity = defaultSeverity
        self.parameters = parameters
        self.needs = needs
        passingExamples = passing
        failingExamples = failing
    }
}

/// A small deposit that shows a check at work: the documentation and a test at once.
public struct CheckExample: Sendable {
    /// The text of `deposit.yaml`, or nil for a deposit without one.
    public var metadata: String?
    /// The files of the deposit (only their entries: checks never read bytes).
    public var files: [FileEntry]
    /// What reading the files would teach the inspectors.
    public var facts: [FileFacts]
    /// Parameters that differ from the defaults.
    public var settings: [String: ParameterValue]
    /// For a failing example: where its problem lands; the tests check that one does.
    public var lands: ExampleLocation?

    /// Creates an example.
    public init(_ metadata: String?, files: [FileEntry] = [], facts: [FileFacts] = [],
                settings: [String: ParameterValue] = [:]) {
        self.metadata = metadata
        self.files = files
        self.facts = facts
        self.settings = settings
    }

    /// This example, stating where its problem lands.
    public func landing(at location: ExampleLocation) -> CheckExample {
        var example = self
        example.lands = location
        return example
    }

    /// The example as a deposit.
    public var deposit: InspectedDeposit { InspectedDeposit.example(metadata: metadata, files: files, facts: facts) }
}

/// Where a failing example's problem lands: a file of the deposit, or a value of
/// `deposit.yaml` named by its JSON pointer.
public enum ExampleLocation: Sendable, Equatable, CustomStringConvertible {
    /// A file, by its path from the root (`data/a.csv`), for problems about a file.
    case path(String)
    /// A value of `deposit.yaml`, by JSON pointer (`/authors/0/orcid`; `` for the whole file).
    case pointer(String)

    /// True when `problem` lands here.
    public func matches(_ problem: Problem) -> Bool {
        switch self {
        case .path(let path): return problem.path == path && problem.location == nil
        case .pointer(let pointer):
            return problem.path == DepositMetadata.fileName && (problem.location?.pointer ?? "") == pointer
        }
    }

    /// `path data/a.csv` or `pointer /title`.
    public var description: String {
        switch self {
        case .path(let path): return "path \(path)"
        case .pointer(let pointer): return "pointer \(pointer)"
        }
    }
}
