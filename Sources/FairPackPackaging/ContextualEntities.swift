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
    /// The ROR `@id` of each organisation name seen with one, so the same organisation written
    /// once with its ROR and elsewhere by name alone is one entity.
    private var rorByName: [String: String] = [:]

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

    /// Learns the ROR of every organisation of `metadata` written somewhere with one, before any
    /// entity is made, so that the same name elsewhere gets the same `@id`.
    mutating func learnOrganizations(of metadata: DepositMetadata) {
        let people = (metadata.authors?.value ?? []).map(\.value) + [metadata.contact?.value].compactMap { $0 }
        var organizations = people.compactMap { $0.affiliation?.value } + people.compactMap(\.asOrganization)
        organizations += [metadata.publisher?.value].compactMap { $0 }
        organizations += metadata.funding.map { Affiliation(name: $0.value.funder, ror: $0.value.funderROR) }
        for organization in organizations {
            guard let ror = organization.ror.flatMap({ ROR($0.value)?.url }),
                  let key = organization.name.map({ Self.slug($0.value) }), !key.isEmpty, rorByName[key] == nil else { continue }
            rorByName[key] = ror
        }
    }

    /// An author: an Organization for `organization:` authors, else a Person.
    mutating func author(_ author: Person) -> String {
        if let organization = author.asOrganization, let id = self.organization(organization) { return id }
        return person(author)
    }

    /// The contact as a Person with a ContactPoint; the same Person as an author when names match.
    mutating func contact(_ contact: Person, authors: [Person]) -> String {
        let key = contact.displayName.map { PersonName.key($0.value) }
        let author = authors.first { author in key != nil && author.displayName.map { PersonName.key($0.value) } == key }
        let id = author.map { self.author($0) } ?? self.author(contact)
        let point = "#contact-point"
        var entity: [String: Any] = ["@id": point, "@type": "ContactPoint", "contactType": "Data contact"]
        if let email = contact.email?.value, Email(email) != nil { entity["email"] = email }
        if let name = contact.displayName?.value { entity["name"] = contact.isOrganization ? name : Self.displayName(name) }
        byId[point] = entity
        byId[id]?["contactPoint"] = ["@id": point]
        return id
    }

    /// An Organization: `@id` its ROR URL when valid, else `#org-…`. Nil without a name or ROR.
    /// An organisation with a ROR and the same organisation by name alone are one entity.
    mutating func organization(_ affiliation: Affiliation) -> String? {
        let ror = affiliation.ror.flatMap { ROR($0.value)?.url }
        let key = affiliation.name.map { Self.slug($0.value) }
        if let ror, let key, !key.isEmpty, rorByName[key] == nil { rorByName[key] = ror }
        let known = key.flatMap { rorByName[$0] }
        guard let id = ror ?? known ?? key.map({ "#org-" + $0 }) else { return nil }
        var entity = byId[id] ?? ["@id": id, "@type": "Organization"]
        if let name = affiliation.name?.value { entity["name"] = name }
        if ror != nil { entity["url"] = id }
        byId[id] = entity
        return id
    }

    /// The licence as a CreativeWork whose `@id` is its SPDX URL; nil for an unknown id.
    mutating func licence(_ spdx: String) -> String? {
        guard let licence = SPDXLicence.named(spdx) else { return writtenLicence(spdx) }
        let id = "https://spdx.org/licenses/\(licence.id)"
        var entity: [String: Any] = [
            "@id": id, "@type": "CreativeWork", "name": licence.name, "identifier": licence.id,
            "description": "\(licence.name) (SPDX \(licence.id)).",
        ]
        if let official = Self.officialPages[licence.id] { entity["url"] = official }
        byId[id] = entity
        return id
    }

    /// A licence written in words rather than as an SPDX id (only in a bag packed with
    /// `--force`, since the audit refuses it): a local CreativeWork named as written, so that
    /// the crate still states a licence, as RO-Crate requires, and says no more than the deposit.
    private mutating func writtenLicence(_ text: String) -> String? {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return nil }
        let id = "#licence-" + String(name.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII ? Character(scalar) : "-"
        })
        byId[id] = ["@id": id, "@type": "CreativeWork", "name": name,
                    "description": "The licence as deposit.yaml states it: \(name)."]
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

    /// A funder (the same Organization as an affiliation of that name or ROR) and, when an award
    /// is given, the Grant.
    mutating func funding(_ funding: Funding) -> (funder: String, grant: String?)? {
        guard let name = funding.funder?.value,
              let funder = organization(Affiliation(name: funding.funder, ror: funding.funderROR)) else { return nil }
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

    /// Adds `{"@id": target}` to the `property` of the entity `id` (a related work pointing back to the root).
    mutating func link(_ id: String, _ property: String, to target: String) {
        guard var entity = byId[id] else { return }
        let existing = entity[property] as? [[String: String]] ?? (entity[property] as? [String: String]).map { [$0] } ?? []
        entity[property] = existing + [["@id": target]]
        byId[id] = entity
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
