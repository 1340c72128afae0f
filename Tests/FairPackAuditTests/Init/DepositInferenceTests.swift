import FairPackBase
import FairPackDeposit
import FairPackTestSupport
import Foundation
import Testing
@testable import FairPackAudit

@Suite("What init infers from a folder")
struct DepositInferenceTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/gtnum-reve").path

    @Test("The title is the README's first heading, without its Markdown marks")
    func readmeTitle() {
        #expect(ReadmeReading("---\ntitle: x\n---\n\n```\n# not this\n```\n## **Survey** of [schools](https://x.org) ##\n").title
                == "Survey of schools")
        #expect(ReadmeReading("Interviews 2021\n===============\n\nText.\n").title == "Interviews 2021")
        #expect(ReadmeReading("#hashtag only\nplain text\n").title == nil)
    }

    @Test("The language is French or English when the text is clearly one of them, else unknown")
    func language() throws {
        let french = try String(contentsOfFile: Self.samples + "/README.md", encoding: .utf8)
        #expect(ReadmeReading(french).language == "fr")
        let english = "# Survey\n\nThis deposit holds the data of the survey and the reports that were written from it, "
            + "with the code that is used to clean the tables.\n"
        #expect(ReadmeReading(english).language == "en")
        #expect(ReadmeReading("# 2021\n\n1 2 3 4 5\n").language == nil)
    }

    @Test("Authors and ORCID iDs come from CITATION.cff, codemeta.json and .zenodo.json")
    func citations() {
        let cff = """
            cff-version: 1.2.0
            title: Survey
            authors:
              - family-names: Cerisier
                given-names: Jean-François
                orcid: "https://orcid.org/0000-0002-3992-0547"
                affiliation: "Techné, Université de Poitiers"
              - name: "Réseau Canopé"
              - family-names: Nguyen
                orcid: "0000-0002-3992-0548"
            """
        #expect(CitationReading.authors(in: cff, fileName: "CITATION.cff") == [
            .init(name: "Cerisier, Jean-François", orcid: "0000-0002-3992-0547", affiliation: "Techné, Université de Poitiers"),
            .init(name: "Réseau Canopé", isOrganisation: true),
            .init(name: "Nguyen"),  // an iD whose check digit is wrong is left out
        ])
        let codemeta = #"{"author": [{"@type": "Person", "givenName": "Ada", "familyName": "Lovelace", "@id": "https://orcid.org/0000-0002-1825-0097", "affiliation": {"name": "Lab"}, "email": "ada@example.org"}]}"#
        #expect(CitationReading.authors(in: codemeta, fileName: "codemeta.json") == [
            .init(name: "Lovelace, Ada", orcid: "0000-0002-1825-0097", affiliation: "Lab", email: "ada@example.org"),
        ])
        let zenodo = #"{"creators": [{"name": "Lovelace, Ada", "orcid": "0000-0002-1825-0097", "affiliation": "Lab"}]}"#
        #expect(CitationReading.authors(in: zenodo, fileName: ".zenodo.json") == [
            .init(name: "Lovelace, Ada", orcid: "0000-0002-1825-0097", affiliation: "Lab"),
        ])
        #expect(CitationReading.authors(in: "authors: [", fileName: "CITATION.cff").isEmpty)
        #expect(CitationReading.authors(in: "{", fileName: ".zenodo.json").isEmpty)
    }

    @Test("Title, description, keywords and licence come from the citation files too")
    func citationWork() {
        let cff = "title: Survey\nabstract: \"What, how, why.\"\nkeywords: [a, b]\nlicense: CC-BY-4.0\n"
        #expect(CitationReading.work(in: cff, fileName: "CITATION.cff")
                == .init(title: "Survey", description: "What, how, why.", keywords: ["a", "b"], licence: "CC-BY-4.0"))
        let codemeta = #"{"name": "Tool", "description": "Does.", "keywords": "x, y", "license": "https://spdx.org/licenses/MIT"}"#
        let work = CitationReading.work(in: codemeta, fileName: "codemeta.json")
        #expect(work == .init(title: "Tool", description: "Does.", keywords: ["x", "y"], licence: "https://spdx.org/licenses/MIT"))
        #expect(DepositInference.spdx("https://spdx.org/licenses/MIT") == "MIT")
        #expect(DepositInference.spdx("cc-by-4.0") == "CC-BY-4.0")
        #expect(DepositInference.spdx("Licence Ouverte 2.0") == "etalab-2.0")
        #expect(DepositInference.spdx("see the file") == nil)
        #expect(CitationReading.work(in: "{", fileName: ".zenodo.json") == .init())
    }

    @Test("The sample's files give its title, licence, language, PDF titles, data files and DMP")
    func sample() throws {
        let draft = DepositInference.draft(for: try Deposit.open(at: Self.samples))
        #expect(draft.title?.hasPrefix("GTnum TECHNE#REVE") == true)
        #expect(draft.licence == "etalab-2.0")
        #expect(draft.licenceSource == "LICENSE")
        #expect(draft.language == "fr")
        #expect(draft.dataFiles == ["data/entretiens-enseignants.csv", "data/ressources-numeriques.csv"])
        #expect(draft.dmp == "dmp/madmp.json")
        #expect(draft.deliverables.count == 8)
        #expect(draft.deliverables.contains(.init(path: "deliverables/synthese-entretiens-enseignants.pdf",
                                                  title: "Synthèse des entretiens menés auprès des enseignants et des personnels de direction")))
    }

    @Test("Every value is written as YAML that reads back the same, however odd its characters")
    func quoting() throws {
        var draft = DepositDraft()
        draft.title = "A \"quoted\": title # not a comment\\ with\ttab\u{7}"
        draft.dataFiles = ["data/a: b.csv", "data/#c.csv"]
        draft.authors = [.init(name: "O'Brien, Ann", orcid: "0000-0002-1825-0097")]
        let document = try YAMLNode.parse(draft.yaml(name: "x", today: "2024-01-02"))
        #expect(document["title"]?.text == draft.title)
        #expect(document["files"]?.items?.compactMap { $0["path"]?.text } == draft.dataFiles)
        #expect(document["authors"]?.items?.first?["orcid"]?.text == "0000-0002-1825-0097")
    }

    @Test("Garbage, deep nesting and a README without words give no inference and no crash")
    func hostile() {
        let garbage = String(decoding: (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
        let reading = ReadmeReading(garbage)
        #expect(reading.language == nil)
        let deep = String(repeating: "[", count: 100_000)
        #expect(CitationReading.authors(in: #"{"author": "# + deep, fileName: "codemeta.json").isEmpty)
        #expect(CitationReading.authors(in: "authors:\n" + String(repeating: "- ", count: 5_000) + "x", fileName: "CITATION.cff").isEmpty)
        #expect(CitationReading.authors(in: #"{"creators": [{"name": 3}, "x", null]}"#, fileName: ".zenodo.json").isEmpty)
        #expect(ReadmeReading(String(repeating: "#", count: 50_000)).title == nil)
    }
}
