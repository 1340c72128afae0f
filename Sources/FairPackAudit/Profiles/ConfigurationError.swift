import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
/// A profile or flag that cannot be used: exit code 2, with the file and line when known.
public struct ConfigurationError: ReportedError, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var message: String
    /// The profile file concerned, if any.
    public var file: String?
    /// The 1-based line in that file, if known.
    public var line: Int?

    /// Creates an error.
    public init(_ message: String, file: String? = nil, line: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: message`, or the message alone.
    public var description: String {
        guard let file else { return message }
        return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }

    /// `file:line: message`, for the command line.
    public var userMessage: String { description }
    /// Always a usage error (exit 2).
    public var category: ErrorCategory { .usage }
}
