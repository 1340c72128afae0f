import FairPackBase
import Foundation

/// Reads typed values out of a ``YAMLNode`` tree and notes every value of the wrong shape.
final class MetadataReader {
    var problems: [ShapeProblem] = []

    func mapping(_ node: YAMLNode?, what: String) -> YAMLNode? {
        guard let node, !node.isNull else { return nil }
        guard node.entries != nil else {
            problems.append(ShapeProblem(
                message: "\(what) must be a mapping of keys and values, not \(node.shapeName)",
                location: node.location, fix: "Write it as `key: value` lines."))
            return nil
        }
        return node
    }

    /// Text of a scalar; numbers and booleans count as text as written. Empty values are absent.
    func text(_ node: YAMLNode?) -> Located<String>? {
        guard let node, !node.isNull else { return nil }
        guard let text = node.text else {
            problems.append(ShapeProblem(
                message: "`\(keyName(node))` must be text, not \(node.shapeName)",
                location: node.location, fix: "Write a single value after the colon."))
            return nil
        }
        return Located(text, at: node.location)
    }

    /// A list of text; a single text value counts as a list of one.
    func textList(_ node: YAMLNode?) -> Located<[Located<String>]>? {
        guard let node, !node.isNull else { return nil }
        if let text = node.text {
            return Located([Located(text, at: node.location)], at: node.location)
        }
        guard let items = node.items else {
            problems.append(ShapeProblem(
                message: "`\(keyName(node))` must be a list, not \(node.shapeName)",
                location: node.location, fix: "Write the values as `[a, b]` or as `- a` lines."))
            return nil
        }
        return Located(items.compactMap { text($0) }, at: node.location)
    }

    /// A mapping turned into a value by `build`.
    func located<T>(_ node: YAMLNode?, _ build: (YAMLNode) -> T) -> Located<T>? {
        guard let node = mapping(node, what: "`\(keyName(node))`") else { return nil }
        return Located(build(node), at: node.location)
    }

    /// A list of mappings, each turned into a value by `build`; a single mapping counts as a list of one.
    func list<T>(_ node: YAMLNode?, _ build: (YAMLNode) -> T) -> Located<[Located<T>]>? {
        guard let node, !node.isNull else { return nil }
        let items: [YAMLNode]
        if let list = node.items {
            items = list
        } else if node.entries != nil {
            items = [node]
        } else {
            problems.append(ShapeProblem(
                message: "`\(keyName(node))` must be a list of entries, not \(node.shapeName)",
                location: node.location, fix: "Write one `- key: value` entry per item."))
            return nil
        }
        var values: [Located<T>] = []
        for item in items {
            if let value = located(item, build) { values.append(value) }
        }
        return Located(values, at: node.location)
    }

    func person(_ node: YAMLNode) -> Person {
        Person(name: text(node["name"]), organization: text(node["organization"]) ?? text(node["organisation"]),
               ror: text(node["ror"]), orcid: text(node["orcid"]), email: text(node["email"]),
               affiliation: affiliation(node["affiliation"]))
    }

    func affiliation(_ node: YAMLNode?) -> Located<Affiliation>? {
        guard let node, !node.isNull else { return nil }
        if let name = node.text {
            return Located(Affiliation(name: Located(name, at: node.location), ror: nil), at: node.location)
        }
        return located(node) { Affiliation(name: text($0["name"]), ror: text($0["ror"])) }
    }

    func column(_ node: YAMLNode) -> ColumnDeclaration {
        ColumnDeclaration(name: text(node["name"]), type: text(node["type"]), description: text(node["description"]),
                          unit: text(node["unit"]), values: textList(node["values"]))
    }

    private func keyName(_ node: YAMLNode?) -> String {
        node?.location.readablePath ?? "value"
    }
}
