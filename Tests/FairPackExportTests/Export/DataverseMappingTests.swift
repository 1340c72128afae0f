@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackExport
import Foundation
import Testing

/// An SPDX id and the licence object Dataverse should receive for it.
struct LicenceCase: Sendable, CustomTestStringConvertible {
    let spdx: String?
    let name: String?
    let uri: String?
    var testDescription: String { spdx ?? "no licence" }
}

/// A file path and the tag it should get.
struct CategoryCase: Sendable, CustomTestStringConvertible {
    let path: String
    let category: String
    var testDescription: String { "\(path) is \(category)" }
}

@Suite("Dataverse export mappings")
struct DataverseMappingTests {
    /// A deposit.yaml using every key the export reads.
    static let everyKey = """
        title: Entretiens
        description: Un index des entretiens.
        licence: CC-BY-4.0
        language: fra
        keywords: [école, école, "  "]
        subjects: [Social Sciences]
        dates: { created: 2021-03, published: "2023-12-04T10:00:00Z" }
        authors:
          - { name: "Doe, Jane", orcid: "https://orcid.org/0000-0002-1825-0097", affiliation: "Lab" }
        contact: { name: "Doe, Jane", email: jane@example.org, affiliation: { name: Lab } }
        funding: [{ funder: ANR, award: ANR-20-CE38-0001 }]
        related:
          - { id: "doi:10.57745/ABC123", relation: issupplementto, title: "Doe (2023). Entretiens." }
          - { url: "https://hal.science/hal-04308548", relation: Cites }
          - { url: "https://example.org/page" }
        """

    func fields(_ yaml: String) throws -> [[String: Any]] {
        let text = DataverseExport.document(for: Deposit.example(metadata: yaml))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(DataverseShape.emptyLists(in: object).isEmpty, "\(DataverseShape.emptyLists(in: object))")
        let version = try #require(object["datasetVersion"] as? [String: Any])
        let blocks = try #require(version["metadataBlocks"] as? [String: Any])
        return try #require((blocks["citation"] as? [String: Any])?["fields"] as? [[String: Any]])
    }

    static let licences: [LicenceCase] = [
        .init(spdx: "CC0-1.0", name: "CC0 1.0", uri: "http://creativecommons.org/publicdomain/zero/1.0"),
        .init(spdx: "CC-BY-4.0", name: "CC BY 4.0", uri: "http://creativecommons.org/licenses/by/4.0"),
        .init(spdx: "cc-by-4.0", name: "CC BY 4.0", uri: "http://creativecommons.org/licenses/by/4.0"),
        .init(spdx: "etalab-2.0", name: "etalab 2.0", uri: "https://spdx.org/licenses/etalab-2.0"),
        .init(spdx: "ODbL-1.0", name: "ODbL-1.0", uri: "http://www.opendatacommons.org/licenses/odbl/1.0/"),
        .init(spdx: "CC-BY-SA-4.0", name: "CC BY-SA 4.0", uri: "http://creativecommons.org/licenses/by-sa/4.0"),
        .init(spdx: "CC-BY-NC-SA-4.0", name: "CC BY-NC-SA 4.0", uri: "http://creativecommons.org/licenses/by-nc-sa/4.0"),
        .init(spdx: "CC-BY-NC-4.0", name: "CC BY-NC 4.0", uri: "http://creativecommons.org/licenses/by-nc/4.0"),
        .init(spdx: "MIT", name: "MIT", uri: "https://opensource.org/licenses/MIT"),
        .init(spdx: "CC-BY-NC-ND-4.0", name: "CC BY-NC-ND 4.0", uri: "http://creativecommons.org/licenses/by-nc-nd/4.0"),
        .init(spdx: "GPL-3.0-only", name: nil, uri: nil),
        .init(spdx: "Licence maison", name: nil, uri: nil),
        .init(spdx: nil, name: nil, uri: nil),
    ]

    @Test("SPDX ids become Dataverse's licence objects", arguments: licences)
    func licence(_ item: LicenceCase) {
        let licence = item.spdx.flatMap { DataverseLicenceMap.stock.licence(forSPDX: $0) }
        #expect(licence?.name == item.name)
        #expect(licence?.uri == item.uri)
    }

    @Test("languages take Dataverse's English names, whatever form deposit.yaml uses")
    func languages() {
        #expect(DataverseExport.language("fr") == "French")
        #expect(DataverseExport.language("EN") == "English")
        #expect(DataverseExport.language("fra") == "French")
        #expect(DataverseExport.language("French") == "French")
        #expect(DataverseExport.language("es") == "Spanish, Castilian")
        #expect(DataverseExport.language("el") == "Greek (modern)")
        #expect(DataverseExport.language("xx") == nil)
        #expect(DataverseExport.language(nil) == nil)
    }

    @Test("a DOI becomes a doi publication with its relation in Dataverse's case; a HAL URL a url one")
    func publications() throws {
        let fields = try fields(Self.everyKey)
        let publications = try DataverseShape.entries(of: "publication", in: fields)
        #expect(publications.count == 2)
        let doi = publications[0]
        #expect(DataverseShape.child("publicationIDType", of: doi) == "doi")
        #expect(DataverseShape.child("publicationIDNumber", of: doi) == "10.57745/ABC123")
        #expect(DataverseShape.child("publicationURL", of: doi) == "https://doi.org/10.57745/ABC123")
        #expect(DataverseShape.child("publicationRelationType", of: doi) == "IsSupplementTo")
        #expect(DataverseShape.child("publicationCitation", of: doi) == "Doe (2023). Entretiens.")
        #expect(DataverseShape.child("publicationIDType", of: publications[1]) == "url")
        #expect(DataverseShape.child("publicationRelationType", of: publications[1]) == "Cites")
        let material = fields.first { $0["typeName"] as? String == "relatedMaterial" }?["value"] as? [String]
        #expect(material == ["https://example.org/page"])
    }

    @Test("every key is mapped: contact affiliation, funding, dates reduced to their date, repeats dropped")
    func everyKeyMapped() throws {
        let fields = try fields(Self.everyKey)
        let names = fields.compactMap { $0["typeName"] as? String }
        #expect(names == ["title", "author", "datasetContact", "dsDescription", "subject", "keyword", "publication",
                          "language", "productionDate", "grantNumber", "distributionDate", "relatedMaterial"])
        let contact = try #require(try DataverseShape.entries(of: "datasetContact", in: fields).first)
        #expect(DataverseShape.child("datasetContactAffiliation", of: contact) == "Lab")
        let author = try #require(try DataverseShape.entries(of: "author", in: fields).first)
        #expect(DataverseShape.child("authorIdentifier", of: author) == "0000-0002-1825-0097")
        #expect(DataverseShape.child("authorAffiliation", of: author) == "Lab")
        let grant = try #require(try DataverseShape.entries(of: "grantNumber", in: fields).first)
        #expect(DataverseShape.child("grantNumberAgency", of: grant) == "ANR")
        #expect(DataverseShape.child("grantNumberValue", of: grant) == "ANR-20-CE38-0001")
        #expect(try DataverseShape.entries(of: "keyword", in: fields).count == 1)
        #expect(fields.first { $0["typeName"] as? String == "productionDate" }?["value"] as? String == "2021-03")
        #expect(fields.first { $0["typeName"] as? String == "distributionDate" }?["value"] as? String == "2023-12-04")
    }

    @Test("absent, blank and unusable values are left out, never sent empty")
    func sparse() throws {
        let text = DataverseExport.document(for: Deposit.example(metadata: """
            title: "  Entretiens  "
            keywords: []
            funding: [{}]
            dates: { created: "le 3 mars" }
            language: klingon
            licence: ""
            authors:
              - { name: "Doe, Jane", orcid: 0000-0002-1825-0098 }
              - {}
            related: [{ id: "not an id" }, {}]
            """))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(DataverseShape.emptyLists(in: object).isEmpty)
        #expect(object["files"] == nil)
        let version = try #require(object["datasetVersion"] as? [String: Any])
        #expect(version["license"] == nil)
        let all = try #require(((version["metadataBlocks"] as? [String: Any])?["citation"] as? [String: Any])?["fields"]
            as? [[String: Any]])
        #expect(all.compactMap { $0["typeName"] as? String } == ["title", "author", "relatedMaterial"])
        #expect(all.first?["value"] as? String == "Entretiens")
        let authors = try DataverseShape.entries(of: "author", in: all)
        #expect(authors.count == 1, "the author with nothing written is dropped")
        #expect(authors[0]["authorIdentifier"] == nil && authors[0]["authorIdentifierScheme"] == nil,
                "an ORCID iD with a wrong check character is left out")
    }

    static let categories: [CategoryCase] = [
        .init(path: "data/entretiens.csv", category: "Data"),
        .init(path: "data/transcripts/t01.txt", category: "Data"),
        .init(path: "README.md", category: "Documentation"),
        .init(path: "data/readme.txt", category: "Documentation"),
        .init(path: "LICENCE", category: "Documentation"),
        .init(path: "reports/final.pdf", category: "Documentation"),
        .init(path: "dmp/madmp.json", category: "Documentation"),
        .init(path: "plan/dmp.json", category: "Documentation"),
        .init(path: "docs/codebook.ods", category: "Documentation"),
        .init(path: "scripts/clean.py", category: "Code"),
        .init(path: "analysis.R", category: "Code"),
    ]

    @Test("files are tagged Documentation, Code or Data by the documented rule", arguments: categories)
    func category(_ item: CategoryCase) throws {
        let metadata = try #require(Deposit.example(metadata: "dmp: ./plan/dmp.json\n").metadata)
        #expect(DataverseFile.category(of: item.path, in: metadata).rawValue == item.category)
    }
}
