import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// A dotted path into `deposit.yaml` used by declarative rules: `contact.email`,
/// `authors.*.orcid` (`*` or `[]` for every item of a list), `keywords.0`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// The path's steps.
    public let steps: [String]

    /// Parses a path; nil when a step is empty.
    public init?(_ text: String) {
        let normalised = text.replacingOccurrences(of: "[]", with: ".*").replacingOccurrences(of: "..", with: ".")
        let steps = normalised.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, steps.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.steps = steps
    }

    /// The path as written with `.` and `*`.
    public var description: String { steps.joined(separator: ".") }

    /// One place the path leads to: the node there, or nil with the location it would have.
    public struct Target: Sendable {
        /// The value, when present.
        public var node: YAMLNode?
        /// Where the value is, or where it would be written.
        public var location: SourceLocation
    }

    /// Every place the path leads to in `document`. A `*` over a missing or empty list leads nowhere.
    public func targets(in document: YAMLNode) -> [Target] {
        var current = [Target(node: document, location: document.location)]
        for step in steps {
            var next: [Target] = []
            for target in current {
                guard let node = target.node, !node.isNull else {
                    if step != "*" { next.append(Target(node: nil, location: target.location.missing(step))) }
                    continue
                }
                if step == "*" {
                    next += (node.items ?? [node]).map { Target(node: $0, location: $0.location) }
                } else if let items = node.items, let index = Int(step) {
                    let item = index < items.count ? items[index] : nil
                    next.append(Target(node: item, location: item?.location ?? node.location.missing(step)))
                } else {
                    let child = node[step]
                    next.append(Target(node: child, location: child?.location ?? node.location.missing(step)))
                }
            }
            current = next
        }
        return current
    }
}
