import FairPackBase
import FairPackDeposit
import FairPackInspection
/// The value of a check parameter, as a profile writes it.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// A whole number.
    case integer(Int)
    /// One text value.
    case text(String)
    /// A list of text values.
    case list([String])
    /// `true` or `false`.
    case flag(Bool)

    /// The kind of value, for messages ("a whole number", "a list of text", …).
    public var kindName: String {
        switch self {
        case .integer: return "a whole number"
        case .text: return "text"
        case .list: return "a list of text"
        case .flag: return "true or false"
        }
    }

    /// The value as YAML would show it.
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .text(let value): return value
        case .list(let values): return "[" + values.joined(separator: ", ") + "]"
        case .flag(let value): return value ? "true" : "false"
        }
    }

    func sameKind(as other: ParameterValue) -> Bool {
        switch (self, other) {
        case (.integer, .integer), (.text, .text), (.list, .list), (.flag, .flag): return true
        default: return false
        }
    }
}

/// A setting of a check that a profile may change.
public struct CheckParameter: Sendable {
    /// The key in the profile (`min-length`).
    public var name: String
    /// What it changes, in one sentence.
    public var summary: String
    /// The value when no profile sets it; its kind is the kind the parameter takes.
    public var defaultValue: ParameterValue
    /// For text or list parameters: the only values allowed, if limited.
    public var choices: [String]?

    /// Creates a parameter.
    public init(_ name: String, _ summary: String, default defaultValue: ParameterValue, choices: [String]? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.choices = choices
    }
}

/// The parameters a check runs with: its defaults, overridden by the profiles.
public struct CheckSettings: Sendable, Equatable {
    /// Every parameter's value, defaults included.
    public var values: [String: ParameterValue]

    /// Creates settings from explicit values.
    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    /// The defaults of `parameters`, overridden by `overrides`.
    public init(defaults parameters: [CheckParameter], overrides: [String: ParameterValue] = [:]) {
        var values: [String: ParameterValue] = [:]
        for parameter in parameters { values[parameter.name] = parameter.defaultValue }
        values.merge(overrides) { _, new in new }
        self.values = values
    }

    /// A whole-number parameter (0 when absent or of another kind).
    public func integer(_ name: String) -> Int {
        if case .integer(let value)? = values[name] { return value }
        return 0
    }

    /// A text parameter ("" when absent or of another kind).
    public func text(_ name: String) -> String {
        if case .text(let value)? = values[name] { return value }
        return ""
    }

    /// A list parameter (empty when absent or of another kind).
    public func list(_ name: String) -> [String] {
        if case .list(let value)? = values[name] { return value }
        return []
    }

    /// A true/false parameter (false when absent or of another kind).
    public func flag(_ name: String) -> Bool {
        if case .flag(let value)? = values[name] { return value }
        return false
    }
}
