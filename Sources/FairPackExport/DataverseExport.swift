import FairPackBase
import FairPackDeposit
import Foundation

/// The dataset JSON for Dataverse's native API "create dataset" call
/// (`POST /api/dataverses/$ID/datasets`), which Recherche Data Gouv runs, built from a deposit.
///
/// The document is `{"datasetVersion": {"license", "metadataBlocks": {"citation": …}}, "files": […]}`.
/// Citation fields carry Dataverse's typeName, typeClass and multiple, as in the Native API
/// guide's `dataset-create-new-all-default-fields.json`, in the order Dataverse shows them:
///
/// | typeName | from deposit.yaml |
/// | --- | --- |
/// | `title` | `title` |
/// | `author` | `authors`: `authorName` ← `name`, `authorAffiliation` ← `affiliation.name`, `authorIdentifierScheme` `ORCID` and `authorIdentifier` ← `orcid` (bare `0000-…` form) when it is a valid iD |
/// | `datasetContact` | `contact`: `datasetContactName`, `datasetContactEmail`, `datasetContactAffiliation` |
/// | `dsDescription` | `description` → `dsDescriptionValue` |
/// | `subject` | `subjects`, as written (the `metadata.subject` check holds them to Dataverse's labels) |
/// | `keyword` | `keywords`, one `keywordValue` each |
/// | `publication` | `related` entries that are a DOI or a HAL id (see ``publication(_:in:)``) |
/// | `language` | `language`, as Dataverse's English name (`fr` → `French`) |
/// | `productionDate` | `dates.created` |
/// | `grantNumber` | `funding`: `grantNumberAgency` ← `funder`, `grantNumberValue` ← `award` |
/// | `distributionDate` | `dates.published` |
/// | `relatedMaterial` | the other `related` entries (web pages, videos) |
///
/// A value that is absent, blank or unusable (a date that is not ISO 8601, a language that is
/// not a language) is left out rather than sent empty, and no list is ever empty, except
/// `fields` for a deposit without any metadata. The licence comes from a ``DataverseLicenceMap``
/// (Dataverse 6's stock licences unless told otherwise); without one, or when the licence is not
/// in the map (``unknownLicence(in:licences:)``), Dataverse applies the installation's default.
/// An `organization:` author gives `authorName` the organisation's name and no identifier. The output is pretty-printed
/// with sorted keys and ends with a newline: the same deposit always gives the same bytes.
public enum DataverseExport {
    /// The JSON document for `deposit`, ready to send to Dataverse.
    ///
    /// It is written even when fields Dataverse requires are missing (Dataverse will then refuse
    /// it); ``missingRequired(in:)`` says which.
    public static func document(for deposit: Deposit, licences: DataverseLicenceMap = .stock) -> String {
        let metadata = deposit.metadata
        let files = DataverseFile.entries(for: deposit)
        let document = Document(
            datasetVersion: .init(license: metadata?.licence.flatMap { licences.licence(forSPDX: $0.value) },
                                  metadataBlocks: .init(citation: .init(fields: metadata.map(citationFields) ?? []))),
            files: files.isEmpty ? nil : files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The deposit's licence as written when `licences` has no Dataverse licence for it (the JSON
    /// is then written without one); nil when there is no licence or it is known.
    public static func unknownLicence(in deposit: Deposit, licences: DataverseLicenceMap = .stock) -> String? {
        guard let written = DataverseField.cleaned(deposit.metadata?.licence?.value) else { return nil }
        return licences.licence(forSPDX: written) == nil ? written : nil
    }

    /// The fields Dataverse requires to create a dataset that `deposit` leaves empty, in this
    /// order and with these names: `title`, `author name` (no author, or an author without a
    /// name), `contact e-mail`, `description`, `subject`. Empty when the export is complete.
    public static func missingRequired(in deposit: Deposit) -> [String] {
        let metadata = deposit.metadata
        let authors = metadata?.authors?.value ?? []
        var missing: [String] = []
        if DataverseField.cleaned(metadata?.title?.value) == nil { missing.append("title") }
        if authors.isEmpty || authors.contains(where: { DataverseField.cleaned($0.value.displayName?.value) == nil }) {
            missing.append("author name")
        }
        if DataverseField.cleaned(metadata?.contact?.value.email?.value) == nil { missing.append("contact e-mail") }
        if DataverseField.cleaned(metadata?.description?.value) == nil { missing.append("description") }
        if DataverseField.distinct(texts(metadata?.subjects)).isEmpty { missing.append("subject") }
        return missing
    }

    /// The citation block's fields, in Dataverse's display order.
    static func citationFields(_ metadata: DepositMetadata) -> [DataverseField] {
        let authors = (metadata.authors?.value ?? []).map(\.value)
        let related = metadata.related.map(\.value)
        let contact = metadata.contact?.value
        let fields: [DataverseField?] = [
            .primitive("title", metadata.title?.value),
            .compound("author", authors.map(author)),
            .compound("datasetContact", contact.map { [[
                .primitive("datasetContactName", $0.displayName?.value),
                .primitive("datasetContactEmail", $0.email?.value),
                .primitive("datasetContactAffiliation", $0.affiliation?.value.name?.value),
            ]] } ?? []),
            .compound("dsDescription", [[.primitive("dsDescriptionValue", metadata.description?.value)]]),
            .terms("subject", texts(metadata.subjects)),
            .compound("keyword", DataverseField.distinct(texts(metadata.keywords)).map {
                [.primitive("keywordValue", $0)]
            }),
            .compound("publication", related.compactMap { publication($0, in: metadata) }),
            .terms("language", [language(metadata.language?.value)].compactMap { $0 }),
            .primitive("productionDate", date(metadata.dates?.value.created?.value)),
            .compound("grantNumber", metadata.funding.map(\.value).map { [
                .primitive("grantNumberAgency", $0.funder?.value),
                .primitive("grantNumberValue", $0.award?.value),
            ] }),
            .primitive("distributionDate", date(metadata.dates?.value.published?.value)),
            .primitives("relatedMaterial", related.compactMap(relatedMaterial)),
        ]
        return fields.compactMap { $0 }
    }

    /// An author's children; the ORCID iD only when valid, in the bare form Dataverse's
    /// `ExternalIdentifier` pattern accepts.
    static func author(_ person: Person) -> [DataverseField?] {
        if person.isOrganization {
            return [.primitive("authorName", person.organization?.value),
                    .primitive("authorAffiliation", person.affiliation?.value.name?.value)]
        }
        let orcid = person.orcid.flatMap { ORCID($0.value) }
        return [
            .primitive("authorName", person.name?.value),
            .primitive("authorAffiliation", person.affiliation?.value.name?.value),
            orcid == nil ? nil : .term("authorIdentifierScheme", "ORCID"),
            .primitive("authorIdentifier", orcid?.identifier),
        ]
    }

    /// The children of a `publication` entry when the resource is a DOI or a HAL id (its `id:`,
    /// else its `url:` if that is a DOI resolver or HAL landing address); nil otherwise.
    ///
    /// A DOI gives `publicationIDType` `doi` with the bare DOI; a HAL id has no type of its own in
    /// Dataverse's list, so it gives `url` with the HAL landing page. `publicationURL` is the
    /// resolver or landing address; `publicationCitation` the entry's `title:`, else the title of
    /// the `deliverables:` document with the same HAL id; `publicationRelationType` the
    /// `relation:` only when it is one of Dataverse's six.
    static func publication(_ resource: RelatedResource, in metadata: DepositMetadata) -> [DataverseField?]? {
        guard let identifier = publicationIdentifier(resource) else { return nil }
        let deliverable = identifier.hal.flatMap { hal in
            metadata.deliverables.first { $0.value.hal.flatMap { HALId($0.value) } == hal }
        }
        return [
            .term("publicationRelationType", DataverseVocabulary.publicationRelation(resource.relation?.value)),
            .primitive("publicationCitation",
                       DataverseField.cleaned(resource.title?.value) ?? deliverable?.value.title?.value),
            .term("publicationIDType", identifier.type),
            .primitive("publicationIDNumber", identifier.number),
            .primitive("publicationURL", identifier.url),
        ]
    }

    /// How Dataverse identifies a related DOI or HAL document; nil for anything else.
    static func publicationIdentifier(_ resource: RelatedResource)
        -> (type: String, number: String, url: String, hal: HALId?)? {
        let written = [resource.id?.value, resource.url?.value].compactMap { DataverseField.cleaned($0) }
        for text in written {
            if let doi = DOI(text) { return ("doi", doi.identifier, doi.url, nil) }
            if let hal = HALId(text) { return ("url", hal.url, hal.url, hal) }
        }
        return nil
    }

    /// One `relatedMaterial` line for a related resource that is not a publication: its title, its
    /// type in parentheses, then its address (`Webinaire … (video), https://…`).
    ///
    /// `relatedMaterial` rather than `otherReferences`: Dataverse defines it as material related
    /// to the dataset and available outside it (the webinars and pages a project publishes next
    /// to its data), whereas `otherReferences` is background literature (DDI's `othRefs`).
    static func relatedMaterial(_ resource: RelatedResource) -> String? {
        guard publicationIdentifier(resource) == nil else { return nil }
        let address = DataverseField.cleaned(resource.url?.value) ?? DataverseField.cleaned(resource.id?.value)
        var label = DataverseField.cleaned(resource.title?.value)
        if let type = DataverseField.cleaned(resource.type?.value) {
            label = label.map { "\($0) (\(type))" }
        }
        let parts = [label, address].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Dataverse's English name for an ISO 639-1 code, also taking `fra` or `French`.
    static func language(_ text: String?) -> String? {
        guard let text = DataverseField.cleaned(text),
              let code = LanguageCode(text) ?? LanguageCode.suggestion(for: text).flatMap(LanguageCode.init) else {
            return nil
        }
        return DataverseVocabulary.language(for: code)
    }

    /// The date as Dataverse's `date` fields take it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); nil
    /// when the text is not an ISO 8601 date.
    static func date(_ text: String?) -> String? {
        DataverseField.cleaned(text).flatMap(ISODate.init)?.description
    }

    private static func texts(_ list: Located<[Located<String>]>?) -> [String] {
        (list?.value ?? []).map(\.value)
    }

    /// The document's shape; optional members are left out when nil.
    struct Document: Encodable {
        struct Version: Encodable {
            let license: DataverseLicence?
            let metadataBlocks: Blocks
        }
        struct Blocks: Encodable {
            let citation: Block
        }
        struct Block: Encodable {
            var displayName = "Citation Metadata"
            let fields: [DataverseField]
        }
        let datasetVersion: Version
        let files: [DataverseFile]?
    }
}
