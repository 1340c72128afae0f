import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.title`: the deposit has a title of useful length.
public struct TitleCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.title",
        title: "The deposit has a title",
        rationale: "Every repository requires a title; it is how the deposit is found and cited (Dataverse `title`, HAL title, RO-Crate `name`).",
        principle: "F2",
        defaultSeverity: .error,
        parameters: [Self.minLengthParameter.declaration],
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("title", with: nil)).landing(at: .pointer("/title")),
            CheckExample(ExampleMetadata.replacing("title", with: "title: \"Data\"")).landing(at: .pointer("/title")),
        ])

    /// The `min-length` parameter.
    static let minLengthParameter = Parameter<Int>("min-length", "The fewest characters a title may have.", default: 10, minimum: 0)

    let minLength: Int

    public init(settings: CheckSettings) {
        minLength = settings[Self.minLengthParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let title = metadata.title, !title.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return [.metadata(Messages.missing, fix: Messages.addTitle, at: metadata.title?.location ?? metadata.rootLocation.missing("title"))]
        }
        let length = title.value.trimmingCharacters(in: .whitespacesAndNewlines).count
        if length < minLength {
            return [.metadata(Messages.tooShort(title.value, minLength), fix: Messages.lengthen, at: title.location)]
        }
        return []
    }

    enum Messages {
        static let missing = "deposit.yaml gives no `title`."
        static let addTitle = "Add `title:` with the full title of the deposit."
        static func tooShort(_ title: String, _ minimum: Int) -> String {
            "The title \"\(title)\" is shorter than \(minimum) characters."
        }
        static let lengthen = "Write a title that says what the deposit holds, for whom and when."
    }
}
