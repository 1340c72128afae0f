import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.keywords`: enough distinct, non-empty keywords.
public struct KeywordsCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.keywords",
        title: "The deposit has keywords",
        rationale: "Keywords make a deposit findable in repository search and in harvesters such as Google Dataset Search.",
        principle: "F2",
        defaultSeverity: .warning,
        parameters: [Self.minCountParameter.declaration],
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("keywords", with: nil)).landing(at: .pointer("/keywords")),
            CheckExample(ExampleMetadata.replacing("keywords", with: "keywords: [données, données, \"\"]")).landing(at: .pointer("/keywords/1")),
        ])

    /// The `min-count` parameter.
    static let minCountParameter = Parameter<Int>("min-count", "The fewest distinct keywords expected.", default: 3, minimum: 0)

    let minCount: Int

    public init(settings: CheckSettings) {
        minCount = settings[Self.minCountParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let keywords = metadata.keywords else {
            guard minCount > 0 else { return [] }
            return [.metadata(Messages.missing, fix: Messages.add(minCount), at: metadata.rootLocation.missing("keywords"))]
        }
        var problems: [Problem] = []
        var seen = Set<String>()
        for keyword in keywords.value {
            let key = keyword.value.trimmingCharacters(in: .whitespaces).lowercased()
            if key.isEmpty {
                problems.append(.metadata(Messages.empty, fix: Messages.removeEmpty, at: keyword.location))
            } else if !seen.insert(key).inserted {
                problems.append(.metadata(Messages.repeated(keyword.value), fix: Messages.removeRepeat, at: keyword.location))
            }
        }
        if seen.count < minCount {
            problems.append(.metadata(Messages.tooFew(seen.count, minCount), fix: Messages.add(minCount), at: keywords.location))
        }
        return problems
    }

    enum Messages {
        static let missing = "deposit.yaml has no `keywords`."
        static func add(_ count: Int) -> String {
            "List at least \(count) keyword\(count == 1 ? "" : "s") under `keywords:`, as `[a, b, c]`."
        }
        static let empty = "A keyword is empty."
        static let removeEmpty = "Remove the empty keyword or write it."
        static func repeated(_ value: String) -> String { "The keyword \"\(value)\" is listed twice." }
        static let removeRepeat = "Keep one copy of each keyword."
        static func tooFew(_ count: Int, _ minimum: Int) -> String {
            "There \(count == 1 ? "is" : "are") \(count) distinct keyword\(count == 1 ? "" : "s"); at least \(minimum) are expected."
        }
    }
}
