import FairPackBase
import Foundation

/// What a citation file says of a work: CITATION.cff (YAML), codemeta.json or .zenodo.json.
public enum CitationReading {
    /// The work as a citation file describes it; nil or empty where it says nothing.
    public struct Work: Sendable, Equatable {
        /// The title.
        public var title: String?
        /// The abstract or description.
        public var description: String?
        /// The keywords.
        public var keywords: [String] = []
        /// The licence as written (an SPDX id, or a URL for codemeta).
        public var licence: String?

        /// Creates a description.
        public init(title: String? = nil, description: String? = nil, keywords: [String] = [], licence: String? = nil) {
            self.title = title
            self.description = description
            self.keywords = keywords
            self.licence = licence
        }
    }

    /// The title, description, keywords and licence of the citation file named `name` whose
    /// text is `text`; an empty value when it cannot be parsed.
    public static func work(in text: String, fileName name: String) -> Work {
        switch name {
        case "CITATION.cff":
            guard let document = try? YAMLNode.parse(text) else { return Work() }
            let field = { (key: String) in document[key]?.text.flatMap(nonEmpty) }
            let licence = field("license") ?? document["license"]?.items?.first?.text.flatMap(nonEmpty)
            return Work(title: field("title"), description: field("abstract"),
                        keywords: document["keywords"]?.items?.compactMap { $0.text.flatMap(nonEmpty) } ?? [], licence: licence)
        case "codemeta.json", ".zenodo.json":
            guard let document = json(text) else { return Work() }
            let field = { (key: String) in (document[key] as? String).flatMap(nonEmpty) }
            var keywords = (document["keywords"] as? [Any])?.compactMap { ($0 as? String).flatMap(nonEmpty) } ?? []
            if keywords.isEmpty, let list = field("keywords") {
                keywords = list.split(separator: ",").compactMap { nonEmpty(String($0)) }
            }
            let licence = field("license") ?? ((document["license"] as? [String: Any])?["id"] as? String).flatMap(nonEmpty)
            return Work(title: field(name == "codemeta.json" ? "name" : "title"), description: field("description"),
                        keywords: keywords, licence: licence)
        default:
            return Work()
        }
    }

    /// The authors of the citation file named `name` (one of CITATION.cff, codemeta.json,
    /// .zenodo.json) whose text is `text`; empty when it lists none or cannot be parsed.
    public static func authors(in text: String, fileName name: String) -> [DepositDraft.Author] {
        switch name {
        case "CITATION.cff": return citationFileAuthors(text)
        case "codemeta.json": return codeMetaAuthors(text)
        case ".zenodo.json": return zenodoAuthors(text)
        default: return []
        }
    }

    /// CITATION.cff: `authors:` of `family-names`/`given-names` (or `name` for an entity),
    /// `orcid`, `affiliation`, `email`.
    static func citationFileAuthors(_ text: String) -> [DepositDraft.Author] {
        guard let document = try? YAMLNode.parse(text), let items = document["authors"]?.items else { return [] }
        return items.compactMap { item in
            let field = { (key: String) in item[key]?.text.flatMap(nonEmpty) }
            let orcid = field("orcid").flatMap(Self.orcid)
            if let family = field("family-names") {
                let given = field("given-names")
                let particle = field("name-particle").map { $0 + " " } ?? ""
                return DepositDraft.Author(name: given.map { "\(particle)\(family), \($0)" } ?? particle + family,
                                           orcid: orcid, affiliation: field("affiliation"), email: field("email"))
            }
            guard let name = field("name") else { return nil }
            return DepositDraft.Author(name: name, orcid: orcid, affiliation: field("affiliation"), email: field("email"),
                                       isOrganisation: true)
        }
    }

    /// codemeta.json: `author` (an object or a list) of `givenName`/`familyName` or `name`,
    /// the ORCID as `@id` or `identifier`, `affiliation` as text or `{ name }`, `email`.
    static func codeMetaAuthors(_ text: String) -> [DepositDraft.Author] {
        guard let document = json(text) else { return [] }
        let list: [[String: Any]]
        if let many = document["author"] as? [[String: Any]] {
            list = many
        } else if let one = document["author"] as? [String: Any] {
            list = [one]
        } else {
            return []
        }
        return list.compactMap { person in
            let field = { (key: String) in (person[key] as? String).flatMap(nonEmpty) }
            let orcid = (field("@id") ?? field("identifier")).flatMap(Self.orcid)
            let affiliation = field("affiliation") ?? ((person["affiliation"] as? [String: Any])?["name"] as? String).flatMap(nonEmpty)
            let isOrganisation = field("@type") == "Organization"
            if !isOrganisation, let family = field("familyName") {
                let name = field("givenName").map { "\(family), \($0)" } ?? family
                return DepositDraft.Author(name: name, orcid: orcid, affiliation: affiliation, email: field("email"))
            }
            guard let name = field("name") else { return nil }
            return DepositDraft.Author(name: name, orcid: orcid, affiliation: affiliation, email: field("email"),
                                       isOrganisation: isOrganisation)
        }
    }

    /// .zenodo.json: `creators` of `name` ("Family, Given"), `orcid`, `affiliation`.
    static func zenodoAuthors(_ text: String) -> [DepositDraft.Author] {
        guard let creators = json(text)?["creators"] as? [[String: Any]] else { return [] }
        return creators.compactMap { creator in
            let field = { (key: String) in (creator[key] as? String).flatMap(nonEmpty) }
            guard let name = field("name") else { return nil }
            return DepositDraft.Author(name: name, orcid: field("orcid").flatMap(Self.orcid), affiliation: field("affiliation"))
        }
    }

    /// The hyphenated iD of `text` (bare or as an orcid.org URL) when it is a valid ORCID iD.
    static func orcid(_ text: String) -> String? {
        var bare = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["https://orcid.org/", "http://orcid.org/", "orcid.org/"] where bare.lowercased().hasPrefix(prefix) {
            bare = String(bare.dropFirst(prefix.count))
        }
        return ORCID(bare)?.identifier
    }

    private static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
