import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.description`: the deposit has a description long enough to be useful.
public struct DescriptionCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.description",
        title: "The deposit has a description",
        rationale: "Dataverse requires a description (`dsDescription`), and search engines and readers judge a dataset by it.",
        principle: "F2",
        defaultSeverity: .error,
        parameters: [Self.minLengthParameter.declaration],
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("description", with: nil)).landing(at: .pointer("/description")),
            CheckExample(ExampleMetadata.replacing("description", with: "description: \"Données du projet.\"")).landing(at: .pointer("/description")),
        ])

    /// The `min-length` parameter.
    static let minLengthParameter = Parameter<Int>("min-length", "The fewest characters a description may have.", default: 50, minimum: 0)

    let minLength: Int

    public init(settings: CheckSettings) {
        minLength = settings[Self.minLengthParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let text = metadata.description, !text.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return [.metadata(Messages.missing, fix: Messages.add, at: metadata.description?.location ?? metadata.rootLocation.missing("description"))]
        }
        let length = text.value.trimmingCharacters(in: .whitespacesAndNewlines).count
        if length < minLength {
            return [.metadata(Messages.tooShort(length, minLength), fix: Messages.lengthen, at: text.location)]
        }
        return []
    }

    enum Messages {
        static let missing = "deposit.yaml gives no `description`."
        static let add = "Add `description:` with a paragraph on what the data are, how they were made and what they are for."
        static func tooShort(_ length: Int, _ minimum: Int) -> String {
            "The description has \(length) characters; at least \(minimum) are expected."
        }
        static let lengthen = "Say what the deposit holds, how it was produced and how it can be reused."
    }
}
