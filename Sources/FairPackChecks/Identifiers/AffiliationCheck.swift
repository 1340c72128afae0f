import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `affiliation.required`: authors name the organisation they belong to.
public struct AffiliationCheck: Check {
    public static let description = CheckDescription(
        id: "affiliation.required",
        title: "Authors have an affiliation",
        rationale: "HAL refuses a deposit without at least one affiliation, and Dataverse shows it beside each author; it credits the institution and tells namesakes apart.",
        principle: "R1.2",
        defaultSeverity: .warning,
        parameters: [Self.whoParameter.declaration],
        passing: [
            CheckExample(IdentifierExamples.valid),
            CheckExample(IdentifierExamples.authors("  - { name: A, affiliation: Techné }\n  - { name: B }"),
                         settings: ["who": .text("any")]),
            CheckExample(IdentifierExamples.authors("  - { name: A, affiliation: Techné }\n  - { organization: \"Université de Poitiers\" }")),
        ],
        failing: [
            CheckExample(IdentifierExamples.authors("  - { name: A, affiliation: Techné }\n  - { name: B }")).landing(at: .pointer("/authors/1/affiliation")),
            CheckExample(IdentifierExamples.authors("  - { name: A, affiliation: { ror: \"https://ror.org/04xhy8q59\" } }")).landing(at: .pointer("/authors/0/affiliation")),
            CheckExample(IdentifierExamples.authors("  - { name: A }"), settings: ["who": .text("any")]).landing(at: .pointer("/authors")),
        ])

    /// The `who` parameter.
    static let whoParameter = Parameter<String>("who", "Whether every author needs one, or at least one author.",
                                    default: "all-authors", choices: ["all-authors", "any"])

    let everyAuthor: Bool

    public init(settings: CheckSettings) {
        everyAuthor = settings[Self.whoParameter] != "any"
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata, let authors = metadata.authors, !authors.value.isEmpty else { return [] }
        // An organisation as author is its own institution: it needs no affiliation.
        let missing = authors.value.enumerated().filter { _, author in
            !author.value.isOrganization && (author.value.affiliation?.value.name?.value.isEmpty ?? true)
        }
        if everyAuthor {
            return missing.map { index, author in
                .metadata(Messages.none(author.value.name?.value ?? "Author \(index + 1)"), fix: Messages.add,
                          at: author.value.affiliation?.location ?? author.location.missing("affiliation"))
            }
        }
        guard !missing.isEmpty, missing.count == authors.value.count else { return [] }
        return [.metadata(Messages.nobody, fix: Messages.add, at: authors.location)]
    }

    enum Messages {
        static func none(_ who: String) -> String { "\(who) has no affiliation name." }
        static let nobody = "No author has an affiliation."
        static let add = "Add `affiliation: { name: \"Laboratory, University\", ror: \"https://ror.org/…\" }` to the author."
    }
}
