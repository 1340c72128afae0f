import Foundation

/// A JSON value as read from an RO-Crate metadata document.
///
/// Objects keep their keys in a dictionary: JSON-LD gives no meaning to key order.
public indirect enum CrateJSON: Sendable, Equatable {
    /// A JSON string.
    case string(String)
    /// A JSON number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// A JSON array.
    case array([CrateJSON])
    /// A JSON object.
    case object([String: CrateJSON])

    /// The string, when this value is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The members, when this value is an object.
    public var object: [String: CrateJSON]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements of an array, or this value alone: JSON-LD treats a single value as a one-element array.
    public var values: [CrateJSON] {
        if case .array(let items) = self { return items }
        return [self]
    }

    /// The number, when this value is a whole non-negative number.
    public var wholeNumber: UInt64? {
        guard case .number(let value) = self, value >= 0, value < 1.8e19, value.rounded() == value else { return nil }
        return UInt64(value)
    }

    /// The `@id` of a `{"@id": …}` reference, when this value is one.
    public var referencedID: String? {
        object?["@id"]?.string
    }

    /// Converts what `JSONSerialization` returns; unknown leaves become `null`.
    init(foundation value: Any) {
        switch value {
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            // JSONSerialization stores true/false as NSNumber of type "c" (char).
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        case let items as [Any]:
            self = .array(items.map(CrateJSON.init(foundation:)))
        case let members as [String: Any]:
            self = .object(members.mapValues(CrateJSON.init(foundation:)))
        default:
            self = .null
        }
    }
}
