import FairPackBase
/// Why a deposit could not be opened at all. Problems inside a deposit are findings, not errors.
public enum DepositError: ReportedError, Sendable, Equatable {
    /// The path does not exist (a usage error, exit 2).
    case notFound(String)
    /// The path does not exist or is not a folder (a usage error, exit 2).
    case notAFolder(String)
    /// The folder exists but cannot be read (an I/O error, exit 3).
    case unreadable(String, reason: String)
    /// A file fairpack would write is already there; it is never overwritten (exit 2).
    case alreadyExists(String)
    /// A file could not be written (an I/O error, exit 3).
    case unwritable(String, reason: String)

    /// True for errors of the person's making (exit 2), false for I/O failures (exit 3).
    public var isUsageError: Bool {
        switch self {
        case .notFound, .notAFolder, .alreadyExists: return true
        case .unreadable, .unwritable: return false
        }
    }

    /// One sentence for the person at the terminal.
    public var message: String {
        switch self {
        case .notFound(let path): return "'\(path)' does not exist; give the folder that holds the deposit"
        case .notAFolder(let path): return "'\(path)' is not a folder; give the folder that holds the deposit"
        case .unreadable(let path, let reason): return "cannot read the folder '\(path)': \(reason)"
        case .alreadyExists(let path): return "'\(path)' already exists; edit it instead (it is never overwritten)"
        case .unwritable(let path, let reason): return "cannot write '\(path)': \(reason)"
        }
    }

    /// The same sentence, for the command line.
    public var userMessage: String { message }
    /// Usage (exit 2) or I/O (exit 3).
    public var category: ErrorCategory { isUsageError ? .usage : .io }
}
