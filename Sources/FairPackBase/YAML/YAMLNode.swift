import Foundation
import Yams

/// A YAML value with the place it was written, read from `deposit.yaml` or a profile.
///
/// Scalars keep their text exactly as written (`2020-10-26` stays a string, `0000-0002-…` too),
/// so checks see what the person typed, not what a YAML resolver guessed.
public struct YAMLNode: Sendable {
    /// The shape of a node.
    public enum Value: Sendable {
        /// Text; `quoted` tells whether it was written in quotes.
        case scalar(String, quoted: Bool)
        /// `~`, `null` or nothing at all.
        case null
        /// A list.
        case sequence([YAMLNode])
        /// Keys and values, in the order written.
        case mapping([Entry])
    }

    /// One key of a mapping.
    public struct Entry: Sendable {
        /// The key's text.
        public var key: String
        /// Where the key was written.
        public var keyLocation: SourceLocation
        /// The value under the key.
        public var value: YAMLNode
    }

    /// The value.
    public var value: Value
    /// Where the value was written.
    public var location: SourceLocation

    /// The entries of a mapping, or nil.
    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items of a sequence, or nil.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The text of a scalar, or nil.
    public var text: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// True for `null`, `~` and empty values.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    /// A word for the node's shape, for messages ("text", "a list", "a mapping", "empty").
    public var shapeName: String {
        switch value {
        case .scalar: return "text"
        case .null: return "empty"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A YAML document that could not be read.
public struct YAMLSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in one sentence.
    public var message: String
    /// The 1-based line, when the parser gave one.
    public var line: Int?
    /// The 1-based column, when the parser gave one.
    public var column: Int?

    /// Creates an error.
    public init(message: String, line: Int?, column: Int?) {
        self.message = message
        self.line = line
        self.column = column
    }
}

extension YAMLNode {
    /// The most nodes a document may hold; aliases can expand a small file into a huge tree.
    static let nodeLimit = 200_000

    /// Parses YAML text. An empty document is an empty mapping.
    public static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode {
        let root: Node?
        do {
            // The basic resolver tags no scalar by regular expression: fairpack types values itself
            // (null by its spelling below), and Yams' default resolver ran five ICU expressions on each
            // scalar, a tenth of a `pack` of a small folder.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw YAMLSyntaxError(error)
        } catch {
            throw YAMLSyntaxError(message: "the YAML could not be read", line: nil, column: nil)
        }
        guard let root else {
            return YAMLNode(value: .mapping([]), location: SourceLocation(line: 1, column: 1, pointer: ""))
        }
        var budget = nodeLimit
        return try convert(root, pointer: "", budget: &budget)
    }

    private static func convert(_ node: Node, pointer: String, budget: inout Int) throws(YAMLSyntaxError) -> YAMLNode {
        budget -= 1
        if budget < 0 {
            throw YAMLSyntaxError(message: "the document has more than \(nodeLimit) values (aliases expanding?)",
                                  line: node.mark?.line, column: node.mark?.column)
        }
        let location = SourceLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, pointer: pointer)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, scalar.style != .literal, scalar.style != .folded,
               ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return YAMLNode(value: .null, location: location)
            }
            return YAMLNode(value: .scalar(scalar.string, quoted: quoted), location: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, pointer: "\(pointer)/\(index)", budget: &budget))
            }
            return YAMLNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [Entry] = []
            var merged: [Node] = []
            for (key, value) in mapping {
                if let sources = mergeSources(key: key, value: value) {
                    merged += sources
                    continue
                }
                let keyText = key.string ?? "\(key)"
                let keyLocation = SourceLocation(line: key.mark?.line ?? location.line,
                                                 column: key.mark?.column ?? location.column,
                                                 pointer: pointer + "/" + JSONPointer.escape(keyText))
                let child = try convert(value, pointer: keyLocation.pointer, budget: &budget)
                entries.append(Entry(key: keyText, keyLocation: keyLocation, value: child))
            }
            // YAML's merge key: the entries of the mappings merged in, unless the mapping sets them
            // itself (the first mapping merged wins over the later ones).
            var present = Set(entries.map(\.key))
            for source in merged {
                for entry in try convert(source, pointer: pointer, budget: &budget).entries ?? [] where present.insert(entry.key).inserted {
                    entries.append(entry)
                }
            }
            return YAMLNode(value: .mapping(entries), location: location)
        case .alias:
            return YAMLNode(value: .null, location: location)
        }
    }
}

extension YAMLNode {
    /// The mappings a merge key (`<<: *defaults`, or `<<: [*a, *b]`) brings in; nil when the entry is
    /// not a merge (a quoted `"<<"` is an ordinary key, and so is a merge of something else).
    fileprivate static func mergeSources(key: Node, value: Node) -> [Node]? {
        guard case .scalar(let scalar) = key, scalar.string == "<<", scalar.style == .plain else { return nil }
        switch value {
        case .mapping: return [value]
        case .sequence(let items):
            let mappings = items.filter { if case .mapping = $0 { return true } else { return false } }
            return mappings.count == items.count && !items.isEmpty ? Array(mappings) : nil
        default: return nil
        }
    }
}

extension YAMLSyntaxError {
    init(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text), " } ?? ""
            self.init(message: detail + problem, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            self.init(message: "the key \(keys) is written twice in the same mapping",
                      line: context.mark.line, column: context.mark.column)
        case let .reader(problem, _, _, _):
            self.init(message: problem, line: nil, column: nil)
        case .dataCouldNotBeDecoded:
            self.init(message: "the file is not UTF-8 text", line: nil, column: nil)
        default:
            self.init(message: "the YAML could not be read", line: nil, column: nil)
        }
    }
}
