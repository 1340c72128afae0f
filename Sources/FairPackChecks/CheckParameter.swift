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
    /// For whole numbers: the smallest value allowed.
    public var minimum: Int?

    /// Creates a parameter.
    public init(_ name: String, _ summary: String, default defaultValue: ParameterValue, choices: [String]? = nil,
                minimum: Int? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.choices = choices
        self.minimum = minimum
    }
}

/// A kind of value a check parameter can take: a whole number, text, a list of text or a flag.
public protocol ParameterKind: Sendable {
    /// The value as a profile writes it.
    var parameterValue: ParameterValue { get }
    /// The value from a profile, or nil when it is of another kind.
    init?(parameterValue: ParameterValue)
}

extension Int: ParameterKind {
    public var parameterValue: ParameterValue { .integer(self) }
    public init?(parameterValue: ParameterValue) {
        guard case .integer(let value) = parameterValue else { return nil }
        self = value
    }
}

extension String: ParameterKind {
    public var parameterValue: ParameterValue { .text(self) }
    public init?(parameterValue: ParameterValue) {
        guard case .text(let value) = parameterValue else { return nil }
        self = value
    }
}

extension Array: ParameterKind where Element == String {
    public var parameterValue: ParameterValue { .list(self) }
    public init?(parameterValue: ParameterValue) {
        guard case .list(let value) = parameterValue else { return nil }
        self = value
    }
}

extension Bool: ParameterKind {
    public var parameterValue: ParameterValue { .flag(self) }
    public init?(parameterValue: ParameterValue) {
        guard case .flag(let value) = parameterValue else { return nil }
        self = value
    }
}

/// A typed check parameter, declared once as a static property of its check: its key, its
/// summary, its default and limits. The profile loader validates against the same
/// declaration, `explain` and the rule table document it, and the check reads its value with
/// `settings[Self.parameter]`, so a key can never be misspelt in one of those places.
public struct Parameter<Value: ParameterKind>: Sendable {
    /// The untyped declaration the loader and the documentation use.
    public let declaration: CheckParameter
    /// The default.
    public let defaultValue: Value

    /// Declares a parameter.
    public init(_ name: String, _ summary: String, default defaultValue: Value, choices: [String]? = nil,
                minimum: Int? = nil) {
        declaration = CheckParameter(name, summary, default: defaultValue.parameterValue, choices: choices, minimum: minimum)
        self.defaultValue = defaultValue
    }

    /// The key in the profile.
    public var name: String { declaration.name }
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

    /// The value of `parameter`: the profile's, else its default.
    public subscript<Value>(_ parameter: Parameter<Value>) -> Value {
        values[parameter.name].flatMap(Value.init(parameterValue:)) ?? parameter.defaultValue
    }
}
