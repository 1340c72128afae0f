import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// The contextual entities of a crate, collected once each by `@id`.
struct ContextualEntities {
    private var byId: [String: [String: Any]] = [:]

    /// The entities sorted by `@id`.
    var sorted: [[String: Any]] { byId.keys.sorted().compactMap { byId[$0] } }

    /// A Person: `@id` its ORCID URL when valid, else a local `#person-…` id.
    mutating func person(_ person: Person) -> String {
        let name = person.name?.value ?? "Unnamed"
        let id = person.orcid.flatMap { ORCID($0.value)?.url } ?? "#person-" + Self.slug(name)
        var entity = byId[id] ?? ["@id": id, "@type": "Person", "name": Self.displayName(name)]
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 {
            entity["familyName"] = parts[0]
            entity["givenName"] = parts[1]
        }
        if let organization = person.affiliation.flatMap({ organization($0.value) }) {
            entity["affiliation"] = ["@id": organization]
        }
        byId[id] = entity
        return id
    }

    /// The contact as a Person with a ContactPoint; the same Person as an author when names match.
    mutating func contact(_ contact: Person, authors: [Person]) -> String {
        let key = contact.name.map { PersonName.key($0.value) }
        let author = authors.first { author in key != nil && author.name.map { PersonName.key($0.value) } == key }
        let id = author.map { person($0) } ?? person(contact)
        let point = "#contact-point"
        var entity: [String: Any] = ["@id": point, "@type": "ContactPoint", "contactType": "Data contact"]
        if let email = contact.email?.value, Email(email) != nil { entity["email"] = email }
        if let name = contact.name?.value { entity["name"] = Self.displayName(name) }
        byId[point] = entity
        byId[id]?["contactPoint"] = ["@id": point]
        return id
    }

    /// An Organization: `@id` its ROR URL when valid, else `#org-…`. Nil without a name or ROR.
    mutating func organization(_ affiliation: Affiliation) -> String? {
        let ror = affiliation.ror.flatMap { ROR($0.value)?.url }
        guard let id = ror ?? affiliation.name.map({ "#org-" + Self.slug($0.value) }) else { return nil }
        var entity = byId[id] ?? ["@id": id, "@type": "Organization"]
        if let name = affiliation.name?.value { entity["name"] = name }
        if ror != nil { entity["url"] = id }
        byId[id] = entity
        return id
    }

    /// The licence as a CreativeWork whose `@id` is its SPDX URL; nil for an unknown id.
    mutating func licence(_ spdx: String) -> String? {
        guard let licence = SPDXLicence.named(spdx) else { return nil }
        let id = "https://spdx.org/licenses/\(licence.id)"
        var entity: [String: Any] = [
            "@id": id, "@type": "CreativeWork", "name": licence.name, "identifier": licence.id,
            "description": "\(licence.name) (SPDX \(licence.id)).",
        ]
        if let official = Self.officialPages[licence.id] { entity["url"] = official }
        byId[id] = entity
        return id
    }

    /// A file format's PRONOM page, typed as RO-Crate 1.2 asks (WebPage and Standard).
    mutating func format(_ puid: String, name: String) -> String {
        let id = "https://www.nationalarchives.gov.uk/PRONOM/\(puid)"
        byId[id] = ["@id": id, "@type": ["WebPage", "Standard"], "name": name]
        return id
    }

    /// A subject as a DefinedTerm.
    mutating func subject(_ label: String) -> String {
        let id = "#subject-" + Self.slug(label)
        byId[id] = ["@id": id, "@type": "DefinedTerm", "name": label]
        return id
    }

    /// A funder (Organization) and, when an award is given, the Grant.
    mutating func funding(_ funding: Funding) -> (funder: String, grant: String?)? {
        guard let name = funding.funder?.value else { return nil }
        let funder = "#funder-" + Self.slug(name)
        byId[funder] = ["@id": funder, "@type": "Organization", "name": name]
        guard let award = funding.award?.value else { return (funder, nil) }
        let grant = "#grant-" + Self.slug(award)
        byId[grant] = ["@id": grant, "@type": "Grant", "name": "\(name), \(award)", "identifier": award,
                       "funder": ["@id": funder]]
        return (funder, grant)
    }

    /// A related work: a HAL record or a DOI (true), or a web page or video (false).
    mutating func related(_ related: RelatedResource) -> (String, Bool)? {
        let id: String
        let isIdentifier: Bool
        if let text = related.id?.value {
            guard let url = HALId(text)?.url ?? DOI(text)?.url else { return nil }
            id = url
            isIdentifier = true
        } else if let text = related.url?.value, let url = WebURL(text) {
            id = url.url
            isIdentifier = false
        } else {
            return nil
        }
        let type = related.type?.value == "video" ? "VideoObject" : (isIdentifier ? "CreativeWork" : "WebPage")
        var entity: [String: Any] = ["@id": id, "@type": type, "name": related.title?.value ?? id]
        if let relation = related.relation?.value { entity["additionalType"] = relation }
        byId[id] = entity
        return (id, isIdentifier)
    }

    /// Official pages of the licences deposits use most.
    private static let officialPages = [
        "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
        "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
        "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
        "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    ]

    /// "Cerisier, Jean-François" as "Jean-François Cerisier".
    static func displayName(_ name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 ? "\(parts[1]) \(parts[0])" : name
    }

    /// Lower-case ASCII letters and digits joined by hyphens.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
    }
}
