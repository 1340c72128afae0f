import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// A rule written in a profile's `declare:` list instead of in Swift: a field of
/// `deposit.yaml` that must be present, match a pattern, take one of some values, or have
/// a length or a count within bounds.
public struct DeclaredRule: Sendable {
    /// The rule's id (`rdg.contact-email`).
    public var id: String
    /// The field it looks at.
    public var field: FieldPath
    /// Whether the field must be present and not empty.
    public var required = false
    /// A regular expression each text value must match (ICU syntax, anchored only if it says so).
    public var pattern: String?
    /// The only values allowed, if limited.
    public var allowed: [String]?
    /// Bounds on the number of characters of each text value.
    public var minLength: Int?
    public var maxLength: Int?
    /// Bounds on the number of items when the field is a list.
    public var minCount: Int?
    public var maxCount: Int?
    /// The message shown when the rule fails; a default is written when absent.
    public var message: String?
    /// What to do; a default is written when absent.
    public var fix: String?
    /// The severity when the profile does not set one elsewhere.
    public var severity: Severity = .error
    /// The FAIR principle it serves, if the profile says.
    public var principle: String?

    /// Creates a rule for `field`.
    public init(id: String, field: FieldPath) {
        self.id = id
        self.field = field
    }

    /// The problems in `deposit`; patterns are matched within `budget`, and a match the
    /// budget cuts short is a problem that says the rule could not decide.
    public func check(_ deposit: InspectedDeposit, budget: PatternBudget = PatternBudget()) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let expression = pattern.flatMap { try? NSRegularExpression(pattern: $0) }
        var problems: [Problem] = []
        for target in field.targets(in: metadata.document) {
            guard let node = target.node, !node.isNull, node.text.map({ !$0.isEmpty }) ?? true else {
                if required { problems.append(problem(Messages.missing(target.location.readablePath), at: target.location)) }
                continue
            }
            if let items = node.items {
                if let minCount, items.count < minCount {
                    problems.append(problem(Messages.tooFew(node.location.readablePath, items.count, minCount), at: node.location))
                }
                if let maxCount, items.count > maxCount {
                    problems.append(problem(Messages.tooMany(node.location.readablePath, items.count, maxCount), at: node.location))
                }
                for item in items { problems += checkText(item, expression, budget) }
            } else {
                problems += checkText(node, expression, budget)
            }
        }
        return problems
    }

    private func checkText(_ node: YAMLNode, _ expression: NSRegularExpression?, _ budget: PatternBudget) -> [Problem] {
        guard let text = node.text else { return [] }
        let field = node.location.readablePath
        var problems: [Problem] = []
        if let expression {
            switch budget.firstMatch(expression, in: text) {
            case .matches: break
            case .doesNotMatch: problems.append(problem(Messages.noMatch(field, text), at: node.location))
            case .undecided:
                problems.append(.metadata(Messages.undecided(id, field, budget.seconds).message.capitalizedFirst + ".",
                                          fix: Messages.undecided(id, field, budget.seconds).fix, at: node.location))
            }
        }
        if let allowed, !allowed.contains(text) {
            problems.append(problem(Messages.notAllowed(field, text, allowed), at: node.location))
        }
        if let minLength, text.count < minLength {
            problems.append(problem(Messages.tooShort(field, text.count, minLength), at: node.location))
        }
        if let maxLength, text.count > maxLength {
            problems.append(problem(Messages.tooLong(field, text.count, maxLength), at: node.location))
        }
        return problems
    }

    private func problem(_ detail: (message: String, fix: String), at location: SourceLocation) -> Problem {
        let text = message.map { Messages.combine($0, detail.message) } ?? detail.message.capitalizedFirst + "."
        return .metadata(text, fix: fix ?? detail.fix, at: location)
    }

    enum Messages {
        static func combine(_ message: String, _ detail: String) -> String {
            let stem = message.hasSuffix(".") ? String(message.dropLast()) : message
            return "\(stem) (\(detail))."
        }
        static func undecided(_ rule: String, _ field: String, _ seconds: Double) -> (message: String, fix: String) {
            ("the rule \(rule) could not decide whether `\(field)` is of the expected form: its pattern used up the "
                + "\(Int(seconds)) seconds all patterns of one audit may take",
             "Simplify the pattern of \(rule) (nested repetitions like `(a+)+` take exponential time).")
        }
        static func missing(_ path: String) -> (String, String) {
            ("`\(path)` is missing", "Add `\(path)` to deposit.yaml.")
        }
        static func noMatch(_ field: String, _ value: String) -> (String, String) {
            ("`\(field)` is \"\(value)\", which is not of the expected form", "Correct the value of `\(field)`.")
        }
        static func notAllowed(_ field: String, _ value: String, _ allowed: [String]) -> (String, String) {
            ("`\(field)` is \"\(value)\"", "Use one of: \(allowed.joined(separator: ", ")).")
        }
        static func tooShort(_ field: String, _ length: Int, _ minimum: Int) -> (String, String) {
            ("`\(field)` has \(length) characters, fewer than \(minimum)", "Write a longer value for `\(field)`.")
        }
        static func tooLong(_ field: String, _ length: Int, _ maximum: Int) -> (String, String) {
            ("`\(field)` has \(length) characters, more than \(maximum)", "Shorten `\(field)` to \(maximum) characters.")
        }
        static func tooFew(_ field: String, _ count: Int, _ minimum: Int) -> (String, String) {
            ("`\(field)` has \(count) items, fewer than \(minimum)", "Add items to `\(field)`.")
        }
        static func tooMany(_ field: String, _ count: Int, _ maximum: Int) -> (String, String) {
            ("`\(field)` has \(count) items, more than \(maximum)", "Keep at most \(maximum) items in `\(field)`.")
        }
    }
}
