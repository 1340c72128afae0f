import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import Foundation

/// One profile file as written: its own settings, before `extends` is followed.
public struct ProfileDocument: Sendable {
    /// One entry of `rules:`.
    public struct RuleEntry: Sendable {
        /// The rule id.
        public var id: String
        /// The severity set here; `nil` keeps the inherited or default one.
        public var severity: Severity?
        /// True when the entry says `severity: off`.
        public var isOff: Bool
        /// Parameters set here.
        public var parameters: [String: ParameterValue]
        /// Where the entry is written.
        public var line: Int
    }

    /// The profile's id.
    public var id: String
    /// A title for listings.
    public var title: String
    /// A longer description, if any.
    public var summary: String?
    /// Other names for the profile.
    public var aliases: [String]
    /// Ids of the profiles this one builds on, in order.
    public var extends: [Located<String>]
    /// Rule settings, in the order written.
    public var rules: [RuleEntry]
    /// Declarative rules.
    public var declared: [DeclaredRule]
    /// Rules run by other programs.
    public var external: [ExternalRule]
    /// The file it was read from (`built-in:NAME.yaml` for the shipped ones).
    public var file: String
    /// True for a profile found in the deposit's own `.fairpack/profiles/`: written by whoever
    /// made the deposit, so its `external:` programs run only when the user trusts the deposit.
    public var isFromDeposit = false

    static let keys = ["id", "title", "description", "aliases", "extends", "rules", "declare", "external"]

    /// Parses a profile file's text. `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ProfileDocument {
        let root: YAMLNode
        do {
            root = try YAMLNode.parse(text)
        } catch {
            throw ConfigurationError("invalid YAML: \(error.message)", file: file, line: error.line)
        }
        let reader = ProfileReader(file: file)
        return try reader.document(root)
    }

    /// Reads and parses the profile file at `path`.
    public static func load(path: String, shownAs name: String? = nil) throws(ConfigurationError) -> ProfileDocument {
        let shown = name ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("cannot read the profile file", file: shown)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError("the profile is not UTF-8 text", file: shown)
        }
        return try parse(text, file: shown)
    }
}
