@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackExport
import Foundation
import Testing

@Suite("Dataverse export of the sample deposit")
struct DataverseExportTests {
    /// The package root: this file is Tests/FairPackTests/Export/DataverseExportTests.swift.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sample = packageRoot.appendingPathComponent("Samples/gtnum-reve").path
    /// Dataverse's own example of every citation field, in ../shared beside the checkout (as in CI).
    static let allFields = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/reference/dataverse/dataset-create-new-all-default-fields.json")

    /// The sample's export, parsed.
    func exported() throws -> (text: String, object: [String: Any], fields: [[String: Any]]) {
        let text = DataverseExport.document(for: try Deposit.open(at: Self.sample))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let version = try #require(object["datasetVersion"] as? [String: Any])
        let blocks = try #require(version["metadataBlocks"] as? [String: Any])
        let citation = try #require(blocks["citation"] as? [String: Any])
        #expect(citation["displayName"] as? String == "Citation Metadata")
        return (text, object, try #require(citation["fields"] as? [[String: Any]]))
    }

    @Test("the sample gives valid JSON whose every field has Dataverse's shape, the five required ones first")
    func requiredFields() throws {
        let (text, _, fields) = try exported()
        #expect(text.hasSuffix("}\n"))
        for field in fields {
            let problems = DataverseShape.problems(field)
            #expect(problems.isEmpty, "\(problems)")
        }
        let expected: [(String, String, Bool)] = [
            ("title", "primitive", false), ("author", "compound", true), ("datasetContact", "compound", true),
            ("dsDescription", "compound", true), ("subject", "controlledVocabulary", true),
        ]
        for (name, typeClass, multiple) in expected {
            let field = try #require(fields.first { $0["typeName"] as? String == name }, "no \(name)")
            #expect(field["typeClass"] as? String == typeClass, "\(name)")
            #expect(field["multiple"] as? Bool == multiple, "\(name)")
        }
        #expect(fields.prefix(5).compactMap { $0["typeName"] as? String } == expected.map(\.0))
        #expect(DataverseShape.emptyLists(in: try exported().object).isEmpty)
    }

    @Test("authors carry their ORCID iD in the bare form Dataverse's pattern accepts")
    func authorIdentifiers() throws {
        let authors = try DataverseShape.entries(of: "author", in: try exported().fields)
        #expect(authors.count == 2)
        #expect(authors.map { DataverseShape.child("authorIdentifierScheme", of: $0) } == ["ORCID", "ORCID"])
        #expect(authors.map { DataverseShape.child("authorIdentifier", of: $0) } == ["0000-0002-3992-0547", "0000-0003-0579-8173"])
        #expect(authors.map { DataverseShape.child("authorName", of: $0) } == ["Cerisier, Jean-François", "Nguyen, Aurélien"])
        #expect(DataverseShape.child("authorAffiliation", of: authors[0]) == "Techné, Université de Poitiers")
        let contact = try #require(try DataverseShape.entries(of: "datasetContact", in: try exported().fields).first)
        #expect(DataverseShape.child("datasetContactEmail", of: contact) == "aurelien.nguyen@univ-poitiers.fr")
    }

    @Test("subject, language and licence use Dataverse's own labels")
    func vocabularies() throws {
        let (_, object, fields) = try exported()
        #expect(fields.first { $0["typeName"] as? String == "subject" }?["value"] as? [String] == ["Social Sciences"])
        #expect(fields.first { $0["typeName"] as? String == "language" }?["value"] as? [String] == ["French"])
        let version = try #require(object["datasetVersion"] as? [String: Any])
        let licence = try #require(version["license"] as? [String: String])
        #expect(licence == ["name": "etalab 2.0", "uri": "https://spdx.org/licenses/etalab-2.0"])
        #expect(fields.first { $0["typeName"] as? String == "productionDate" }?["value"] as? String == "2020-10-26")
        #expect(fields.first { $0["typeName"] as? String == "distributionDate" }?["value"] as? String == "2023-12-04")
    }

    @Test("files carry their folder, description and tag, and deposit.yaml is left out")
    func files() throws {
        let files = try #require(try exported().object["files"] as? [[String: Any]])
        #expect(files.count == 13)
        #expect(!files.contains { $0["label"] as? String == "deposit.yaml" })
        let interviews = try #require(files.first { $0["label"] as? String == "entretiens-enseignants.csv" })
        #expect(interviews["directoryLabel"] as? String == "data")
        #expect((interviews["description"] as? String)?.hasPrefix("Index pseudonymisé des 25 entretiens") == true)
        #expect(interviews["categories"] as? [String] == ["Data"])
        let readme = try #require(files.first { $0["label"] as? String == "README.md" })
        #expect(readme["directoryLabel"] == nil)
        #expect(readme["categories"] as? [String] == ["Documentation"])
        for label in ["LICENSE", "plan-gestion-donnees.pdf", "madmp.json", "ecosystemes-numeriques-scolaires.pdf"] {
            let file = try #require(files.first { $0["label"] as? String == label })
            #expect(file["categories"] as? [String] == ["Documentation"], "\(label)")
        }
    }

    @Test("the HAL id of the DMP is a related publication of type url; web pages are related material")
    func related() throws {
        let fields = try exported().fields
        let publications = try DataverseShape.entries(of: "publication", in: fields)
        let dmp = try #require(publications.first { DataverseShape.child("publicationIDNumber", of: $0) == "https://hal.science/hal-04317582" })
        #expect(DataverseShape.child("publicationIDType", of: dmp) == "url")
        #expect(DataverseShape.child("publicationURL", of: dmp) == "https://hal.science/hal-04317582")
        #expect(DataverseShape.child("publicationCitation", of: dmp) == "Plan de gestion des données du projet GTnum TECHNE#REVE")
        #expect(dmp["publicationRelationType"] == nil, "IsDocumentedBy is not one of Dataverse's six relation types")
        let material = try #require(fields.first { $0["typeName"] as? String == "relatedMaterial" }?["value"] as? [String])
        #expect(material.count == 2)
        #expect(material.allSatisfy { $0.contains("(video), https://www.canal-u.tv/") })
    }

    @Test("the same deposit gives the same bytes, keys sorted")
    func deterministic() throws {
        let first = try exported().text
        #expect(try exported().text == first)
        let license = try #require(first.range(of: "\"license\""))
        let blocks = try #require(first.range(of: "\"metadataBlocks\""))
        #expect(license.lowerBound < blocks.lowerBound)
    }

    @Test("every typeName emitted has the typeClass and multiple of Dataverse's all-fields example",
          .enabled(if: FileManager.default.fileExists(atPath: allFields.path), "needs ../shared beside the checkout, as in CI"))
    func matchesDataverseExample() throws {
        let data = try Data(contentsOf: Self.allFields)
        let example = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let reference = DataverseShape.typeTable(example)
        let full = DataverseExport.document(for: Deposit.example(metadata: DataverseMappingTests.everyKey))
        let fullObject = try #require(try JSONSerialization.jsonObject(with: Data(full.utf8)) as? [String: Any])
        let emitted = DataverseShape.typeTable(try exported().object)
            .merging(DataverseShape.typeTable(fullObject)) { first, _ in first }
        let shared = emitted.keys.filter { reference[$0] != nil }.sorted()
        #expect(shared.count == emitted.count, "not in Dataverse's example: \(emitted.keys.filter { reference[$0] == nil })")
        #expect(shared.count >= 28, "only \(shared.count) typeNames compared: \(shared)")
        for name in shared {
            #expect(emitted[name]?.typeClass == reference[name]?.typeClass, "typeClass of \(name)")
            #expect(emitted[name]?.multiple == reference[name]?.multiple, "multiple of \(name)")
        }
    }

    @Test("missingRequired lists exactly the required fields a deposit leaves empty")
    func missingRequired() throws {
        let partial = Deposit.example(metadata: """
            title: Entretiens
            description: Un index des entretiens.
            authors:
              - name: "Doe, Jane"
            contact: { name: "Doe, Jane" }
            keywords: [école]
            """)
        #expect(DataverseExport.missingRequired(in: partial) == ["contact e-mail", "subject"])
        #expect(DataverseExport.missingRequired(in: try Deposit.open(at: Self.sample)).isEmpty)
        #expect(DataverseExport.missingRequired(in: Deposit.example(metadata: "")) ==
                ["title", "author name", "contact e-mail", "description", "subject"])
        let unnamed = Deposit.example(metadata: "authors:\n  - name: \"Doe, Jane\"\n  - orcid: 0000-0002-1825-0097\n")
        #expect(DataverseExport.missingRequired(in: unnamed).contains("author name"))
    }
}
