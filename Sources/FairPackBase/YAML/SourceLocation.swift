import Foundation

/// Where a value sits in a YAML file: its line and column (1-based) and its JSON pointer.
///
/// Findings about `deposit.yaml` or a profile carry this so a person can jump to the value.
public struct SourceLocation: Sendable, Hashable {
    /// The 1-based line of the value, or of its parent when the value is missing.
    public var line: Int
    /// The 1-based column of the value.
    public var column: Int
    /// The RFC 6901 JSON pointer of the value (`/authors/1/orcid`); `""` is the whole document.
    public var pointer: String

    /// Creates a location.
    public init(line: Int, column: Int, pointer: String) {
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    /// The pointer written for people: `/authors/0/orcid` becomes `authors[0].orcid`.
    public var readablePath: String {
        var text = ""
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if Int(key) != nil { text += "[\(key)]" } else { text += text.isEmpty ? key : "." + key }
        }
        return text
    }

    /// The location of a key that is absent from the mapping at `self`.
    public func missing(_ key: String) -> SourceLocation {
        SourceLocation(line: line, column: column, pointer: pointer + "/" + JSONPointer.escape(key))
    }
}

/// RFC 6901 helpers.
public enum JSONPointer {
    /// Escapes one reference token (`~` becomes `~0`, `/` becomes `~1`).
    public static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

/// A value together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where the value was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
