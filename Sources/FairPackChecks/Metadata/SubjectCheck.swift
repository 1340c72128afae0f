import FairPackBase
import FairPackDeposit
import FairPackInspection
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
        for subject in subjects where !DataverseSubject.isValid(subject.value) {
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
        static func replace(_ suggestion: String?) -> String {
            if let suggestion { return "Write \"\(suggestion)\"." }
            return "Use one of: " + DataverseSubject.vocabulary.joined(separator: "; ") + "."
        }
    }
}
