import FairPackBase
import Foundation

/// The descriptive metadata of a deposit, read from its `deposit.yaml`.
///
/// Every key is optional here: profiles say which are required. Each value keeps its
/// location so findings can name the line and JSON pointer. Values of the wrong shape
/// (a list where text is expected, …) are left out of the typed fields and listed in
/// ``shapeProblems``.
public struct DepositMetadata: Sendable {
    /// The name of the metadata file at the root of a deposit.
    public static let fileName = "deposit.yaml"

    /// The whole document, for declarative rules and the unknown-key check.
    public var document: YAMLNode
    /// Values whose shape is not the one expected.
    public var shapeProblems: [ShapeProblem] = []

    /// `title:`, the full title.
    public var title: Located<String>?
    /// `description:`, a paragraph on the deposit.
    public var description: Located<String>?
    /// The deposit's licence (`licence:`, or `license:`).
    public var licence: Located<String>?
    /// `language:`, as written (ISO 639-1 expected).
    public var language: Located<String>?
    /// `keywords:`; a single text counts as one keyword.
    public var keywords: Located<[Located<String>]>?
    /// `subjects:`, Dataverse subject labels.
    public var subjects: Located<[Located<String>]>?
    /// `dates:`.
    public var dates: Located<Dates>?
    /// `authors:`, in order.
    public var authors: Located<[Located<Person>]>?
    /// `contact:`, who answers questions on the data.
    public var contact: Located<Person>?
    /// `publisher:`, the organisation that publishes the deposit (text or `{name, ror}`).
    public var publisher: Located<Affiliation>?
    /// `funding:` entries.
    public var funding: [Located<Funding>] = []
    /// `related:` resources.
    public var related: [Located<RelatedResource>] = []
    /// `deliverables:`, documents meant for HAL.
    public var deliverables: [Located<Deliverable>] = []
    /// `files:`, per-file descriptions and overrides.
    public var files: [Located<FileDescription>] = []
    /// `dmp:`, the path of an RDA maDMP JSON file.
    public var dmp: Located<String>?
    /// `profiles:`, used when `--profile` is not given.
    public var profiles: [Located<String>] = []
    /// `exclude:` globs.
    public var exclude: [Located<String>] = []
    /// `reviewed: accepted:`, findings a person has reviewed and accepted.
    public var accepted: [Located<AcceptedFinding>] = []

    /// Reads the typed view of a parsed document.
    public init(document: YAMLNode) {
        self.document = document
        let reader = MetadataReader()
        guard let top = reader.mapping(document, what: "deposit.yaml") else {
            shapeProblems = reader.problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            return
        }
        title = reader.text(top["title"])
        description = reader.text(top["description"])
        licence = reader.text(top["licence"]) ?? reader.text(top["license"])
        if top["licence"] != nil, let both = top["license"] {
            reader.problems.append(ShapeProblem(
                message: "both `licence` and `license` are given", location: both.location,
                fix: "Keep one of the two keys."))
        }
        language = reader.text(top["language"])
        keywords = reader.textList(top["keywords"])
        subjects = reader.textList(top["subjects"])
        dates = reader.located(top["dates"]) { node in
            Dates(created: reader.text(node["created"]), updated: reader.text(node["updated"]),
                  published: reader.text(node["published"]))
        }
        authors = reader.list(top["authors"]) { reader.person($0) }
        contact = reader.located(top["contact"]) { reader.person($0) }
        publisher = reader.affiliation(top["publisher"])
        funding = reader.list(top["funding"]) { node in
            let funder = reader.affiliation(node["funder"])?.value
            return Funding(funder: funder?.name, funderROR: funder?.ror, award: reader.text(node["award"]))
        }?.value ?? []
        related = reader.list(top["related"]) { node in
            RelatedResource(id: reader.text(node["id"]), url: reader.text(node["url"]),
                            relation: reader.text(node["relation"]), type: reader.text(node["type"]),
                            title: reader.text(node["title"]))
        }?.value ?? []
        deliverables = reader.list(top["deliverables"]) { node in
            Deliverable(path: reader.text(node["path"]), type: reader.text(node["type"]),
                        domain: reader.text(node["domain"]), language: reader.text(node["language"]),
                        title: reader.text(node["title"]), hal: reader.text(node["hal"]),
                        licence: reader.text(node["licence"]) ?? reader.text(node["license"]),
                        description: reader.text(node["description"]))
        }?.value ?? []
        files = reader.list(top["files"]) { node in
            FileDescription(path: reader.text(node["path"]), description: reader.text(node["description"]),
                            licence: reader.text(node["licence"]) ?? reader.text(node["license"]),
                            personalData: reader.text(node["personal-data"]),
                            columns: reader.list(node["columns"]) { reader.column($0) })
        }?.value ?? []
        dmp = reader.text(top["dmp"])
        profiles = reader.textList(top["profiles"])?.value ?? []
        exclude = reader.textList(top["exclude"])?.value ?? []
        if let reviewed = reader.mapping(top["reviewed"], what: "`reviewed`") {
            accepted = reader.list(reviewed["accepted"]) { node in
                AcceptedFinding(rule: reader.text(node["rule"]), path: reader.text(node["path"]),
                                digest: reader.text(node["digest"]))
            }?.value ?? []
        }
        shapeProblems = reader.problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// The location of the document's root mapping, used for deposit-wide missing keys.
    public var rootLocation: SourceLocation { document.location }
}

/// A value of `deposit.yaml` that does not have the expected shape.
public struct ShapeProblem: Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// Where.
    public var location: SourceLocation
    /// What to do.
    public var fix: String
}

/// `dates:` of a deposit, as written (checks parse them).
public struct Dates: Sendable {
    /// When the data were first made.
    public var created: Located<String>?
    /// The last update (Licence Ouverte asks reusers to cite it).
    public var updated: Located<String>?
    /// When the deposit is or was published.
    public var published: Located<String>?
}

/// An author or contact: a person, or an organisation (`organization:` instead of `name:`).
public struct Person: Sendable {
    /// The name (people as "Family, Given").
    public var name: Located<String>?
    /// `organization:`, the name of an organisation that is itself the author.
    public var organization: Located<String>?
    /// `ror:`, the organisation's ROR id, as written (for an organisation author).
    public var ror: Located<String>?
    /// The ORCID iD, as written.
    public var orcid: Located<String>?
    /// The e-mail address, as written.
    public var email: Located<String>?
    /// The organisation.
    public var affiliation: Located<Affiliation>?

    /// Creates a person or an organisation.
    public init(name: Located<String>? = nil, organization: Located<String>? = nil, ror: Located<String>? = nil,
                orcid: Located<String>? = nil, email: Located<String>? = nil, affiliation: Located<Affiliation>? = nil) {
        self.name = name
        self.organization = organization
        self.ror = ror
        self.orcid = orcid
        self.email = email
        self.affiliation = affiliation
    }

    /// True for an organisation written with `organization:` (and no personal `name:`).
    public var isOrganization: Bool { organization != nil && name == nil }

    /// The name to show: the person's, else the organisation's.
    public var displayName: Located<String>? { name ?? organization }

    /// The organisation as an affiliation-shaped value (name and ROR), for an organisation author.
    public var asOrganization: Affiliation? {
        guard isOrganization else { return nil }
        return Affiliation(name: organization, ror: ror)
    }
}

/// An organisation a person belongs to; written as text (its name) or as `{name, ror}`.
public struct Affiliation: Sendable {
    /// The organisation's name.
    public var name: Located<String>?
    /// The ROR id, as written.
    public var ror: Located<String>?

    /// Creates an organisation.
    public init(name: Located<String>? = nil, ror: Located<String>? = nil) {
        self.name = name
        self.ror = ror
    }
}

/// A funder and its award number.
public struct Funding: Sendable {
    /// Who funds (`funder:` as text, or the `name` of `funder: {name, ror}`).
    public var funder: Located<String>?
    /// The funder's ROR id, from `funder: {name, ror}`.
    public var funderROR: Located<String>?
    /// The award or grant number.
    public var award: Located<String>?
}

/// A related resource: an identifier (HAL id, DOI) or a URL.
public struct RelatedResource: Sendable {
    /// A HAL id or DOI.
    public var id: Located<String>?
    /// A web address.
    public var url: Located<String>?
    /// The DataCite relation type (`IsSupplementTo`, …).
    public var relation: Located<String>?
    /// The kind of resource or document (`video`; a HAL type code for deliverables).
    public var type: Located<String>?
    /// `title:`, the full title.
    public var title: Located<String>?
}

/// A document of the deposit meant for HAL.
public struct Deliverable: Sendable {
    /// The path relative to the deposit root.
    public var path: Located<String>?
    /// The kind of resource or document (`video`; a HAL type code for deliverables).
    public var type: Located<String>?
    /// The HAL domain code (`shs.edu`).
    public var domain: Located<String>?
    /// `language:`, as written (ISO 639-1 expected).
    public var language: Located<String>?
    /// `title:`, the full title.
    public var title: Located<String>?
    /// The HAL id once deposited.
    public var hal: Located<String>?
    /// The licence when it differs from the deposit's, as an SPDX id.
    public var licence: Located<String>?
    /// `description:`, a paragraph on the deposit.
    public var description: Located<String>?
}

/// Per-file description and overrides.
public struct FileDescription: Sendable {
    /// The path relative to the deposit root.
    public var path: Located<String>?
    /// `description:`, a paragraph on the deposit.
    public var description: Located<String>?
    /// The licence when it differs from the deposit's, as an SPDX id.
    public var licence: Located<String>?
    /// Whether it holds personal data (`none`, `pseudonymised`, `anonymised`, `personal`).
    public var personalData: Located<String>?
    /// `columns:`, the data dictionary of a table.
    public var columns: Located<[Located<ColumnDeclaration>]>?
}
