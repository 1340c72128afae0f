import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `orcid.required`: the people who must be identified have an ORCID iD (organisations as authors need none).
public struct ORCIDRequiredCheck: Check {
    public static let description = CheckDescription(
        id: "orcid.required",
        title: "People have ORCID iDs",
        rationale: "An ORCID iD tells namesakes apart and links the deposit to its authors' records; Recherche Data Gouv and HAL both ask for them.",
        principle: "F2",
        defaultSeverity: .warning,
        parameters: [Self.whoParameter.declaration],
        passing: [
            CheckExample(IdentifierExamples.valid),
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0002-3992-0547 }\n  - { name: \"Nguyen, Aurélien\" }"),
                         settings: ["who": .text("any")]),
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0002-3992-0547 }\n  - { organization: \"Université de Poitiers\", ror: \"https://ror.org/04xhy8q59\" }")),
        ],
        failing: [
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0002-3992-0547 }\n  - { name: \"Nguyen, Aurélien\" }")).landing(at: .pointer("/authors/1/orcid")),
            CheckExample(IdentifierExamples.valid, settings: ["who": .text("contact")]).landing(at: .pointer("/contact/orcid")),
            CheckExample(IdentifierExamples.authors("  - { name: \"Nguyen, Aurélien\" }"), settings: ["who": .text("any")]).landing(at: .pointer("/authors")),
        ])

    /// The `who` parameter.
    static let whoParameter = Parameter<String>("who", "Who needs an iD: every author, the contact, or at least one person.",
                                    default: "all-authors", choices: ["all-authors", "contact", "any"])

    let who: String

    public init(settings: CheckSettings) {
        who = settings[Self.whoParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        switch who {
        case "contact":
            guard let contact = metadata.contact else { return [] }
            guard contact.value.orcid?.value.isEmpty ?? true else { return [] }
            return [.metadata(Messages.contactMissing, fix: Messages.addContact,
                              at: contact.value.orcid?.location ?? contact.location.missing("orcid"))]
        case "any":
            guard metadata.orcidValues.isEmpty else { return [] }
            return [.metadata(Messages.nobody, fix: Messages.addAny,
                              at: metadata.authors?.location ?? metadata.rootLocation.missing("authors"))]
        default:
            return (metadata.authors?.value ?? []).enumerated().compactMap { index, author in
                guard !author.value.isOrganization, author.value.orcid?.value.isEmpty ?? true else { return nil }
                let who = author.value.name?.value ?? "author \(index + 1)"
                return .metadata(Messages.authorMissing(who), fix: Messages.addAuthor,
                                 at: author.value.orcid?.location ?? author.location.missing("orcid"))
            }
        }
    }

    enum Messages {
        static func authorMissing(_ who: String) -> String { "\(who) has no ORCID iD." }
        static let addAuthor = "Add `orcid:` to the author; anyone without one can register at https://orcid.org/register."
        static let contactMissing = "The contact has no ORCID iD."
        static let addContact = "Add `orcid:` to `contact`."
        static let nobody = "Nobody in deposit.yaml has an ORCID iD."
        static let addAny = "Add `orcid:` to at least one author."
    }
}
