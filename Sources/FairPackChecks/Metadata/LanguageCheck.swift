import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.language`: the deposit's language, and each deliverable's, is an ISO 639-1 code.
public struct LanguageCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.language",
        title: "Languages are ISO 639-1 codes",
        rationale: "HAL asks for the full-text language as an ISO 639-1 code, Dataverse maps codes to its language vocabulary, and RO-Crate uses them as `inLanguage`.",
        principle: "R1",
        defaultSeverity: .error,
        parameters: [Self.requiredParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.replacing("language", with: nil), settings: ["required": .flag(false)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("language", with: nil)).landing(at: .pointer("/language")),
            CheckExample(ExampleMetadata.replacing("language", with: "language: French")).landing(at: .pointer("/language")),
            CheckExample(ExampleMetadata.complete + "\ndeliverables: [{ path: rapport.pdf, language: fra }]").landing(at: .pointer("/deliverables/0/language")),
        ])

    /// The `required` parameter.
    static let requiredParameter = Parameter<Bool>("required", "Whether the deposit must state its language.", default: true)

    let required: Bool

    public init(settings: CheckSettings) {
        required = settings[Self.requiredParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        var problems: [Problem] = []
        if let language = metadata.language {
            problems += validate(language)
        } else if required {
            problems.append(.metadata(Messages.missing, fix: Messages.add, at: metadata.rootLocation.missing("language")))
        }
        for deliverable in metadata.deliverables {
            if let language = deliverable.value.language { problems += validate(language) }
        }
        return problems
    }

    private func validate(_ language: Located<String>) -> [Problem] {
        guard LanguageCode(language.value) == nil else { return [] }
        return [.metadata(Messages.invalid(language.value),
                          fix: Messages.useCode(LanguageCode.suggestion(for: language.value)), at: language.location)]
    }

    enum Messages {
        static let missing = "deposit.yaml states no `language`."
        static let add = "Add `language:` with the ISO 639-1 code of the main language (fr, en, …)."
        static func invalid(_ value: String) -> String { "\"\(value)\" is not an ISO 639-1 language code." }
        static func useCode(_ suggestion: String?) -> String {
            suggestion.map { "Write `\($0)`." } ?? "Write the two-letter ISO 639-1 code (fr, en, de, …)."
        }
    }
}
