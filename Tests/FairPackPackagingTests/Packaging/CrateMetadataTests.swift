@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackPackaging
import Foundation
import Testing

@Suite("RO-Crate metadata from deposit.yaml: organisations, publisher, related works, folder entries")
struct CrateMetadataTests {
    func graph(_ metadata: String, files: [String] = ["data/a.csv"]) throws -> [[String: Any]] {
        let entries = files.map { FileEntry(path: $0, size: 3) }
        let deposit = InspectedDeposit.example(metadata: metadata, files: entries)
        let writer = CrateWriter(deposit: deposit, files: entries.map { ($0, String(repeating: "0", count: 64)) },
                                 baggingDate: "2024-01-01")
        let object = try #require(try JSONSerialization.jsonObject(with: writer.json()) as? [String: Any])
        return try #require(object["@graph"] as? [[String: Any]])
    }

    func entity(_ id: String, in graph: [[String: Any]]) -> [String: Any]? {
        graph.first { $0["@id"] as? String == id }
    }

    func ids(_ value: Any?) -> [String] {
        if let one = value as? [String: Any] { return [one["@id"] as? String].compactMap { $0 } }
        return (value as? [[String: Any]] ?? []).compactMap { $0["@id"] as? String }
    }

    @Test("an organisation author is an Organization; the same ROR is one entity as author, affiliation and funder")
    func organisations() throws {
        let graph = try graph("""
            title: T
            authors:
              - { organization: "Université de Poitiers", ror: "https://ror.org/04xhy8q59" }
              - { name: "Doe, Jane", affiliation: "Université de Poitiers" }
            funding: [{ funder: "Université de Poitiers", award: "A-1" }]
            """)
        let root = try #require(entity("./", in: graph))
        #expect(ids(root["author"]).first == "https://ror.org/04xhy8q59")
        let organisation = try #require(entity("https://ror.org/04xhy8q59", in: graph))
        #expect(organisation["@type"] as? String == "Organization")
        #expect(organisation["name"] as? String == "Université de Poitiers")
        #expect(graph.filter { $0["@type"] as? String == "Organization" }.count == 1)
        #expect(ids(root["funder"]) == ["https://ror.org/04xhy8q59"])
        #expect(!graph.contains { $0["@type"] as? String == "Person" && $0["name"] as? String == "Université de Poitiers" })
        #expect(root["publisher"] == nil, "no publisher is guessed from the authors")
    }

    @Test("publisher comes from publisher:, as text or {name, ror}")
    func publisher() throws {
        let graph = try graph("title: T\nauthors: [{ name: \"Doe, Jane\", affiliation: \"Lab\" }]\npublisher: { name: Recherche Data Gouv, ror: \"https://ror.org/04xhy8q59\" }\n")
        #expect(ids(entity("./", in: graph)?["publisher"]) == ["https://ror.org/04xhy8q59"])
        let text = try self.graph("title: T\npublisher: INSPÉ\n")
        let id = try #require(ids(entity("./", in: text)?["publisher"]).first as String?)
        #expect(entity(id, in: text)?["name"] as? String == "INSPÉ")
    }

    @Test("related works go under the property their DataCite relation means")
    func related() throws {
        let graph = try graph("""
            title: T
            related:
              - { id: "10.1000/cites", relation: Cites }
              - { id: "10.1000/whole", relation: IsPartOf }
              - { id: "10.1000/part", relation: HasPart }
              - { id: "10.1000/source", relation: IsDerivedFrom }
              - { id: "10.1000/derived", relation: IsSourceOf }
              - { id: "10.1000/citing", relation: IsCitedBy }
              - { url: "https://example.org/page" }
            """)
        let root = try #require(entity("./", in: graph))
        #expect(ids(root["citation"]) == ["https://doi.org/10.1000/cites"])
        #expect(ids(root["isPartOf"]) == ["https://doi.org/10.1000/whole"])
        #expect(ids(root["hasPart"]).contains("https://doi.org/10.1000/part"))
        #expect(ids(root["hasPart"]).contains("data/a.csv"))
        #expect(ids(root["isBasedOn"]) == ["https://doi.org/10.1000/source"])
        #expect(ids(entity("https://doi.org/10.1000/derived", in: graph)?["isBasedOn"]) == ["./"])
        #expect(ids(entity("https://doi.org/10.1000/citing", in: graph)?["citation"]) == ["./"])
        #expect(ids(root["subjectOf"]) == ["https://example.org/page"])
    }

    @Test("a folder or glob entry of files: gives its licence and description to the files under it")
    func folderEntries() throws {
        let graph = try graph("""
            title: T
            licence: etalab-2.0
            files:
              - { path: code/, licence: MIT, description: "Scripts" }
              - { path: code/run.py, description: "Entry point" }
            """, files: ["code/run.py", "code/lib/util.py", "data/a.csv"])
        #expect(ids(entity("code/lib/util.py", in: graph)?["license"]) == ["https://spdx.org/licenses/MIT"])
        #expect(entity("code/lib/util.py", in: graph)?["description"] as? String == "Scripts")
        #expect(entity("code/run.py", in: graph)?["description"] as? String == "Entry point")
        #expect(ids(entity("code/run.py", in: graph)?["license"]) == ["https://spdx.org/licenses/MIT"])
        #expect(entity("data/a.csv", in: graph)?["license"] == nil)
    }

    @Test("archive extensions fairpack does not write are refused")
    func unwritable() {
        #expect(ArchiveFormat.unwritableExtension(of: "x.7z") == ".7z")
        #expect(ArchiveFormat.unwritableExtension(of: "x.tar.bz2") == ".tar.bz2")
        #expect(ArchiveFormat.unwritableExtension(of: "x.TXZ") == ".txz")
        #expect(ArchiveFormat.unwritableExtension(of: "x.gz") == ".gz")
        #expect(ArchiveFormat.unwritableExtension(of: "x.tar.gz") == nil)
        #expect(ArchiveFormat.unwritableExtension(of: "x.zip") == nil)
        #expect(ArchiveFormat.unwritableExtension(of: "bag") == nil)
        #expect(ArchiveFormat.unwritableExtension(of: "bag.v2") == nil)
    }
}

@Suite("RO-Crate contact that is an organisation")
struct CrateOrganisationContactTests {
    @Test("an organisation contact is the Organization with the contact point, not an unnamed Person")
    func organisationContact() throws {
        let entries = [FileEntry(path: "a.csv", size: 1)]
        let deposit = InspectedDeposit.example(metadata: """
            title: T
            authors: [{ organization: "Etalab", ror: "https://ror.org/04xhy8q59" }]
            contact: { organization: "Etalab", email: "contact@etalab.gouv.fr" }
            """, files: entries)
        let data = CrateWriter(deposit: deposit, files: entries.map { ($0, String(repeating: "0", count: 64)) },
                               baggingDate: "2024-01-01").json()
        let graph = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["@graph"] as? [[String: Any]])
        let root = try #require(graph.first { $0["@id"] as? String == "./" })
        #expect((root["maintainer"] as? [String: String])?["@id"] == "https://ror.org/04xhy8q59")
        #expect(!graph.contains { $0["@type"] as? String == "Person" })
        let organisation = try #require(graph.first { $0["@id"] as? String == "https://ror.org/04xhy8q59" })
        #expect((organisation["contactPoint"] as? [String: String])?["@id"] == "#contact-point")
    }
}
