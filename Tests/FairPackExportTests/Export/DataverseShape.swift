@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackExport
import Foundation
import Testing

/// Reading Dataverse dataset JSON in tests, and checking it by the Native API guide's rules
/// ("Validate Dataset JSON File for a Collection").
enum DataverseShape {
    /// What is wrong with a field's shape: typeName, typeClass, multiple and value all present;
    /// `multiple: true` means a non-empty list; a compound's entries are non-empty objects whose
    /// children are fields keyed by their own typeName; anything else holds text.
    static func problems(_ field: [String: Any], path: String = "") -> [String] {
        guard let name = field["typeName"] as? String, let typeClass = field["typeClass"] as? String,
              let multiple = field["multiple"] as? Bool, let value = field["value"] else {
            return ["\(path): a field lacks typeName, typeClass, multiple or value"]
        }
        let here = path.isEmpty ? name : path + "/" + name
        guard ["primitive", "compound", "controlledVocabulary"].contains(typeClass) else {
            return ["\(here): unknown typeClass \(typeClass)"]
        }
        let items: [Any]
        if multiple {
            guard let list = value as? [Any], !list.isEmpty else { return ["\(here): multiple, but no non-empty list"] }
            items = list
        } else {
            guard !(value is [Any]) else { return ["\(here): a list, but not multiple"] }
            items = [value]
        }
        var problems: [String] = []
        for item in items {
            guard typeClass == "compound" else {
                if !(item is String) { problems.append("\(here): a value is not text") }
                continue
            }
            guard let entry = item as? [String: Any], !entry.isEmpty else {
                problems.append("\(here): an entry is not a non-empty object")
                continue
            }
            for (key, child) in entry {
                guard let child = child as? [String: Any], child["typeName"] as? String == key else {
                    problems.append("\(here): child \(key) is not a field named \(key)")
                    continue
                }
                problems += Self.problems(child, path: here)
            }
        }
        return problems
    }

    /// The paths of the empty lists anywhere in a JSON value.
    static func emptyLists(in value: Any, path: String = "") -> [String] {
        if let list = value as? [Any] {
            return list.isEmpty ? [path] : list.enumerated().flatMap { emptyLists(in: $1, path: "\(path)/\($0)") }
        }
        if let object = value as? [String: Any] {
            return object.flatMap { emptyLists(in: $1, path: "\(path)/\($0)") }
        }
        return []
    }

    /// The entries of a compound field of the citation block.
    static func entries(of typeName: String, in fields: [[String: Any]]) throws -> [[String: Any]] {
        let field = try #require(fields.first { $0["typeName"] as? String == typeName }, "no \(typeName)")
        return try #require(field["value"] as? [[String: Any]])
    }

    /// The text of a compound entry's child.
    static func child(_ typeName: String, of entry: [String: Any]) -> String? {
        (entry[typeName] as? [String: Any])?["value"] as? String
    }

    /// typeClass and multiple of every field and child field of a dataset document, by typeName.
    static func typeTable(_ document: [String: Any]) -> [String: (typeClass: String, multiple: Bool)] {
        var table: [String: (typeClass: String, multiple: Bool)] = [:]
        func visit(_ field: [String: Any]) {
            guard let name = field["typeName"] as? String, let typeClass = field["typeClass"] as? String,
                  let multiple = field["multiple"] as? Bool else { return }
            table[name] = (typeClass, multiple)
            let entries = (field["value"] as? [[String: Any]]) ?? [field["value"] as? [String: Any]].compactMap { $0 }
            for entry in entries {
                for child in entry.values {
                    if let child = child as? [String: Any] { visit(child) }
                }
            }
        }
        let version = document["datasetVersion"] as? [String: Any]
        let blocks = version?["metadataBlocks"] as? [String: Any] ?? [:]
        for block in blocks.values {
            for field in (block as? [String: Any])?["fields"] as? [[String: Any]] ?? [] { visit(field) }
        }
        return table
    }
}
