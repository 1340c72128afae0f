import FairPackBase

/// One column of a table's data dictionary, as `files: columns:` declares it.
public struct ColumnDeclaration: Sendable {
    /// `name:`, the header the column carries.
    public var name: Located<String>?
    /// `type:`: `integer`, `number`, `decimal`, `date`, `boolean`, `text` or `string`.
    public var type: Located<String>?
    /// `description:`, what the column holds.
    public var description: Located<String>?
    /// `unit:`, the unit of its values.
    public var unit: Located<String>?
    /// `values:`, the only values allowed.
    public var values: Located<[Located<String>]>?

    /// The types a declaration may name.
    public static let knownTypes = ["integer", "number", "decimal", "date", "boolean", "text", "string"]
}

/// A finding a person has reviewed and accepted, named by rule, file and the digest of its masked value.
public struct AcceptedFinding: Sendable {
    /// `rule:`, the rule's id.
    public var rule: Located<String>?
    /// `path:`, the file.
    public var path: Located<String>?
    /// `digest:`, the SHA-256 (hex) of the masked value the finding shows.
    public var digest: Located<String>?
}

extension DepositMetadata {
    /// True when `deposit.yaml` accepts the finding of `rule` in `path` whose masked value has `digest`.
    public func accepts(rule: String, path: String, digest: String) -> Bool {
        accepted.contains { entry in
            entry.value.rule?.value == rule && entry.value.digest?.value.lowercased() == digest
                && entry.value.path.map { DepositPath.normalised($0.value) } == DepositPath.normalised(path)
        }
    }
}
