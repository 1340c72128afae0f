/// What kind of failure an error is, which decides the exit code (DESIGN §5).
public enum ErrorCategory: Sendable, Equatable {
    /// A bad flag, an unknown profile, an invalid profile or deposit.yaml, a missing folder: exit 2.
    case usage
    /// Reading or writing failed: exit 3.
    case io
    /// A bug, or a state that should not happen: exit 3.
    case `internal`

    /// The process exit code for this category.
    public var exitCode: Int32 {
        switch self {
        case .usage: return 2
        case .io, .internal: return 3
        }
    }
}

/// An error the library reports to people: one sentence and its category. The command line
/// maps every such error to its exit code in one place.
public protocol ReportedError: Error {
    /// One sentence saying what went wrong and, where it helps, what to do.
    var userMessage: String { get }
    /// Its category, hence the exit code.
    var category: ErrorCategory { get }
}

extension SystemError: ReportedError {
    /// "cannot read 'PATH': REASON".
    package var userMessage: String { "cannot read '\(path)': \(reason)" }
    /// Always I/O.
    package var category: ErrorCategory { .io }
}
