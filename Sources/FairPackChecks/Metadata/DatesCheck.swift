import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.dates`: dates are real ISO 8601 dates, in the order created ≤ updated ≤ published.
public struct DatesCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.dates",
        title: "Dates are valid and in order",
        rationale: "Repositories take ISO 8601 dates only; a date that does not exist or a publication before creation is a typo that ends up in the citation.",
        principle: "R1.2",
        defaultSeverity: .error,
        parameters: [Self.requiredParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.replacing("dates", with: "dates: { created: 2020, published: 2023-12 }")),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("dates", with: "dates: { created: 2020-10-26, updated: 2023-02-30 }")).landing(at: .pointer("/dates/updated")),
            CheckExample(ExampleMetadata.replacing("dates", with: "dates: { created: 2020-10-26, published: 2019-12-04 }")).landing(at: .pointer("/dates/published")),
            CheckExample(ExampleMetadata.replacing("dates", with: "dates: { created: 26/10/2020 }")).landing(at: .pointer("/dates/created")),
            CheckExample(ExampleMetadata.replacing("dates", with: nil), settings: ["required": .list(["published"])]).landing(at: .pointer("/dates/published")),
        ])

    /// The `required` parameter.
    static let requiredParameter = Parameter<[String]>("required", "Dates that must be given.", default: [],
                                    choices: ["created", "updated", "published"])

    let required: [String]

    public init(settings: CheckSettings) {
        required = settings[Self.requiredParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let dates = metadata.dates?.value
        let base = metadata.dates?.location ?? metadata.rootLocation.missing("dates")
        let named: [(String, Located<String>?)] = [
            ("created", dates?.created), ("updated", dates?.updated), ("published", dates?.published),
        ]
        var problems: [Problem] = []
        var parsed: [(name: String, date: ISODate, location: SourceLocation)] = []
        for (name, value) in named {
            guard let value else {
                if required.contains(name) {
                    problems.append(.metadata(Messages.missing(name), fix: Messages.add(name), at: base.missing(name)))
                }
                continue
            }
            if let date = ISODate(value.value) {
                parsed.append((name, date, value.location))
            } else {
                problems.append(.metadata(Messages.invalid(name, value.value), fix: Messages.format, at: value.location))
            }
        }
        for (earlier, later) in zip(parsed, parsed.dropFirst()) where later.date < earlier.date {
            problems.append(.metadata(Messages.order(later.name, later.date, earlier.name, earlier.date),
                                      fix: Messages.reorder(later.name, earlier.name), at: later.location))
        }
        return problems
    }

    enum Messages {
        static func missing(_ name: String) -> String { "deposit.yaml gives no `dates.\(name)`." }
        static func add(_ name: String) -> String { "Add `\(name):` under `dates:` as YYYY-MM-DD." }
        static func invalid(_ name: String, _ value: String) -> String {
            "The \(name) date \"\(value)\" is not a valid ISO 8601 date."
        }
        static let format = "Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), and check that the day exists."
        static func order(_ name: String, _ date: ISODate, _ otherName: String, _ other: ISODate) -> String {
            "The \(name) date \(date) is before the \(otherName) date \(other)."
        }
        static func reorder(_ name: String, _ otherName: String) -> String {
            "Correct one of the two dates: \(otherName) must not come after \(name)."
        }
    }
}
