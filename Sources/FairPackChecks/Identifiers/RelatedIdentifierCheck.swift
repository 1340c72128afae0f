import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `related.identifier`: every `related` entry is a HAL id, a DOI or a web address, with a
/// relation type from DataCite's list.
public struct RelatedIdentifierCheck: Check {
    /// DataCite Metadata Schema 4.5 `relationType` values.
    static let relationTypes = [
        "IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsContinuedBy", "Continues", "IsDescribedBy",
        "Describes", "HasMetadata", "IsMetadataFor", "HasVersion", "IsVersionOf", "IsNewVersionOf",
        "IsPreviousVersionOf", "IsPartOf", "HasPart", "IsPublishedIn", "IsReferencedBy", "References",
        "IsDocumentedBy", "Documents", "IsCompiledBy", "Compiles", "IsVariantFormOf", "IsOriginalFormOf",
        "IsIdenticalTo", "IsReviewedBy", "Reviews", "IsDerivedFrom", "IsSourceOf", "IsRequiredBy", "Requires",
        "IsObsoletedBy", "Obsoletes", "IsCollectedBy", "Collects", "IsTranslationOf", "HasTranslation",
    ]

    public static let description = CheckDescription(
        id: "related.identifier",
        title: "Related resources are identified",
        rationale: "Links to the publications, the DMP and the videos around a dataset only work when each is a resolvable identifier (HAL id, DOI) or a web address, with a DataCite relation type that says how it relates.",
        principle: "I3",
        defaultSeverity: .error,
        passing: [CheckExample("""
            related:
              - { id: hal-04308548, relation: IsSupplementTo }
              - { id: "https://doi.org/10.57745/LLRJO0", relation: References }
              - { url: "https://www.canal-u.tv/chaines/techne/webinaire", type: video, title: "Webinaire" }
            """)],
        failing: [
            CheckExample("related:\n  - { id: hal-0430854, relation: IsSupplementTo }").landing(at: .pointer("/related/0/id")),
            CheckExample("related:\n  - { id: hal-04308548, relation: Supplements }").landing(at: .pointer("/related/0/relation")),
            CheckExample("related:\n  - { id: hal-04308548 }").landing(at: .pointer("/related/0/relation")),
            CheckExample("related:\n  - { url: \"ftp://example.org/data\" }").landing(at: .pointer("/related/0/url")),
            CheckExample("related:\n  - { title: \"Webinaire\" }").landing(at: .pointer("/related/0")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        var problems: [Problem] = []
        for (index, entry) in metadata.related.enumerated() {
            let related = entry.value
            switch (related.id, related.url) {
            case (nil, nil):
                problems.append(.metadata(Messages.neither(index + 1), fix: Messages.giveOne, at: entry.location))
            case (let id?, let url?):
                problems.append(.metadata(Messages.both(index + 1), fix: Messages.keepOne,
                                          at: url.location.line > id.location.line ? url.location : id.location))
            case (let id?, nil):
                if HALId(id.value) == nil, DOI(id.value) == nil {
                    problems.append(.metadata(Messages.badId(id.value), fix: Messages.idForms, at: id.location))
                }
                if related.relation == nil {
                    problems.append(.metadata(Messages.noRelation(id.value), fix: Messages.addRelation,
                                              at: entry.location.missing("relation")))
                }
            case (nil, let url?):
                if WebURL(url.value) == nil {
                    problems.append(.metadata(Messages.badURL(url.value), fix: Messages.urlForm, at: url.location))
                }
            }
            if let relation = related.relation, !Self.relationTypes.contains(relation.value) {
                let suggestion = NearestWord.find(relation.value, in: Self.relationTypes, maxDistance: 4)
                problems.append(.metadata(Messages.badRelation(relation.value), fix: Messages.relationFix(suggestion),
                                          at: relation.location))
            }
        }
        return problems
    }

    enum Messages {
        static func neither(_ position: Int) -> String { "Related resource \(position) has neither `id` nor `url`." }
        static let giveOne = "Give the resource's HAL id or DOI as `id:`, or its web address as `url:`."
        static func both(_ position: Int) -> String { "Related resource \(position) has both `id` and `url`." }
        static let keepOne = "Keep `id:` for a HAL id or DOI, or `url:` for a web page, not both."
        static func badId(_ value: String) -> String { "\"\(value)\" is neither a HAL id nor a DOI." }
        static let idForms = "Write a HAL id as hal-01234567 (eight digits, optional v2) or a DOI as 10.xxxx/…; use `url:` for other links."
        static func noRelation(_ value: String) -> String { "The related resource \(value) has no `relation`." }
        static let addRelation = "Add `relation:` with a DataCite relation type, e.g. IsSupplementTo or IsDocumentedBy."
        static func badURL(_ value: String) -> String { "\"\(value)\" is not an http or https address." }
        static let urlForm = "Write the full address, starting with https://."
        static func badRelation(_ value: String) -> String { "\"\(value)\" is not a DataCite relation type." }
        static func relationFix(_ suggestion: String?) -> String {
            suggestion.map { "Write \($0)." } ?? "Use a DataCite relation type such as IsSupplementTo, References or IsDocumentedBy."
        }
    }
}
