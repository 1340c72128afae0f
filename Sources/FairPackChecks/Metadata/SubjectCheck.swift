import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation
/// `metadata.subject`: subjects come from Dataverse's subject vocabulary, spelt exactly.
public struct SubjectCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.subject",
        title: "Subjects come from the Dataverse vocabulary",
        rationale: "Recherche Data Gouv (Dataverse) requires at least one subject and accepts only its fourteen English labels, spelt exactly.",
        principle: "I2",
        defaultSeverity: .error,
        parameters: [Self.minCountParameter.declaration],
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("subjects", with: nil)).landing(at: .pointer("/subjects")),
            CheckExample(ExampleMetadata.replacing("subjects", with: "subjects: [Education]")).landing(at: .pointer("/subjects/0")),
            CheckExample(ExampleMetadata.replacing("subjects", with: "subjects: [social sciences]")).landing(at: .pointer("/subjects/0")),
            CheckExample(ExampleMetadata.replacing("subjects", with: "subjects: [Medicine, Health and Life Sciences]")).landing(at: .pointer("/subjects/0")),
        ])

    /// The `min-count` parameter.
    static let minCountParameter = Parameter<Int>("min-count", "The fewest subjects expected.", default: 1, minimum: 0)

    let minCount: Int

    public init(settings: CheckSettings) {
        minCount = settings[Self.minCountParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let subjects = metadata.subjects?.value ?? []
        var problems: [Problem] = []
        if subjects.count < minCount {
            let location = metadata.subjects?.location ?? metadata.rootLocation.missing("subjects")
            problems.append(.metadata(Messages.tooFew(minCount), fix: Messages.add, at: location))
        }
        var joined = Set<Int>()
        for start in subjects.indices where !DataverseSubject.isValid(subjects[start].value) {
            for end in subjects.indices where end > start {
                let label = subjects[start...end].map { $0.value.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
                guard DataverseSubject.isValid(label) else { continue }
                problems.append(.metadata(Messages.split(subjects[start...end].map(\.value), label), fix: Messages.quote(label),
                                          at: subjects[start].location))
                joined.formUnion(start...end)
                break
            }
        }
        for (index, subject) in subjects.enumerated() where !joined.contains(index) && !DataverseSubject.isValid(subject.value) {
            let suggestion = DataverseSubject.suggestion(for: subject.value)
            problems.append(.metadata(Messages.unknown(subject.value), fix: Messages.replace(suggestion), at: subject.location))
        }
        return problems
    }

    enum Messages {
        static func tooFew(_ count: Int) -> String {
            count == 1 ? "deposit.yaml gives no `subjects`." : "deposit.yaml gives fewer than \(count) `subjects`."
        }
        static let add = "Add `subjects:` with values from Dataverse's list, e.g. `[Social Sciences]`."
        static func unknown(_ value: String) -> String { "The subject \"\(value)\" is not in Dataverse's subject vocabulary." }
        static func split(_ parts: [String], _ label: String) -> String {
            let shown = parts.map { "\"\($0)\"" }.joined(separator: " and ")
            return "\(shown) are one subject, \"\(label)\", cut in two by YAML at its comma."
        }
        static func quote(_ label: String) -> String {
            "Quote the value so YAML keeps it whole: `subjects: [\"\(label)\"]`."
        }
        static func replace(_ suggestion: String?) -> String {
            if let suggestion, suggestion.contains(",") { return "Write \"\(suggestion)\", in quotes: `[\"\(suggestion)\"]`." }
            if let suggestion { return "Write \"\(suggestion)\"." }
            return "Use one of: " + DataverseSubject.vocabulary.joined(separator: "; ") + "."
        }
    }
}
