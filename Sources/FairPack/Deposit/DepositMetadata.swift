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

    public var title: Located<String>?
    public var description: Located<String>?
    /// The deposit's licence (`licence:`, or `license:`).
    public var licence: Located<String>?
    public var language: Located<String>?
    public var keywords: Located<[Located<String>]>?
    public var subjects: Located<[Located<String>]>?
    public var dates: Located<Dates>?
    public var authors: Located<[Located<Person>]>?
    public var contact: Located<Person>?
    public var funding: [Located<Funding>] = []
    public var related: [Located<RelatedResource>] = []
    public var deliverables: [Located<Deliverable>] = []
    public var files: [Located<FileDescription>] = []
    public var dmp: Located<String>?
    public var profiles: [Located<String>] = []
    public var exclude: [Located<String>] = []

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
        funding = reader.list(top["funding"]) { node in
            Funding(funder: reader.text(node["funder"]), award: reader.text(node["award"]))
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
                            personalData: reader.text(node["personal-data"]))
        }?.value ?? []
        dmp = reader.text(top["dmp"])
        profiles = reader.textList(top["profiles"])?.value ?? []
        exclude = reader.textList(top["exclude"])?.value ?? []
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
    public var created: Located<String>?
    public var updated: Located<String>?
    public var published: Located<String>?
}

/// An author or contact.
public struct Person: Sendable {
    public var name: Located<String>?
    public var orcid: Located<String>?
    public var email: Located<String>?
    public var affiliation: Located<Affiliation>?
}

/// An organisation a person belongs to; written as text (its name) or as `{name, ror}`.
public struct Affiliation: Sendable {
    public var name: Located<String>?
    public var ror: Located<String>?
}

/// A funder and its award number.
public struct Funding: Sendable {
    public var funder: Located<String>?
    public var award: Located<String>?
}

/// A related resource: an identifier (HAL id, DOI) or a URL.
public struct RelatedResource: Sendable {
    public var id: Located<String>?
    public var url: Located<String>?
    public var relation: Located<String>?
    public var type: Located<String>?
    public var title: Located<String>?
}

/// A document of the deposit meant for HAL.
public struct Deliverable: Sendable {
    public var path: Located<String>?
    public var type: Located<String>?
    public var domain: Located<String>?
    public var language: Located<String>?
    public var title: Located<String>?
    public var hal: Located<String>?
    public var licence: Located<String>?
    public var description: Located<String>?
}

/// Per-file description and overrides.
public struct FileDescription: Sendable {
    public var path: Located<String>?
    public var description: Located<String>?
    public var licence: Located<String>?
    public var personalData: Located<String>?
}
