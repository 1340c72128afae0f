@testable import FairPackBase
@testable import FairPackDeposit
import Testing

@Suite("deposit.yaml typed view")
struct DepositMetadataTests {
    func metadata(_ text: String) throws -> DepositMetadata {
        DepositMetadata(document: try YAMLNode.parse(text))
    }

    @Test("reads every key of DESIGN §2 with its location")
    func fullDocument() throws {
        let metadata = try metadata("""
            title: "Numérique scolaire"
            description: "Texte"
            license: etalab-2.0
            language: fr
            keywords: [a, b]
            subjects: [Social Sciences]
            dates: { created: 2020-10-26, updated: 2023-06-30, published: 2023-12-04 }
            authors:
              - name: "Cerisier, Jean-François"
                orcid: 0000-0002-3992-0547
                affiliation: { name: "Techné", ror: "https://ror.org/04xhy8q59" }
              - name: "Nguyen, Aurélien"
                affiliation: "Université de Poitiers"
            contact: { name: "Nguyen, Aurélien", email: "someone@example.org" }
            funding: [{ funder: "MEN", award: "GTnum5" }]
            related:
              - { id: hal-04308548, relation: IsSupplementTo }
              - { url: "https://example.org/v", type: video, title: "Webinaire" }
            deliverables:
              - { path: deliverables/a.pdf, type: REPORT, domain: shs.edu, language: fr, title: "A", hal: hal-04308548 }
            files:
              - { path: data/e.csv, description: "d", licence: CC-BY-4.0, personal-data: pseudonymised }
            dmp: dmp/madmp.json
            profiles: [recherche-data-gouv, etalab-2.0]
            exclude: ["drafts/**", "*.tmp"]
            """)
        #expect(metadata.shapeProblems.isEmpty)
        #expect(metadata.title?.value == "Numérique scolaire")
        #expect(metadata.licence?.value == "etalab-2.0")
        #expect(metadata.licence?.location.line == 3)
        #expect(metadata.keywords?.value.map(\.value) == ["a", "b"])
        #expect(metadata.dates?.value.updated?.value == "2023-06-30")
        #expect(metadata.authors?.value.count == 2)
        #expect(metadata.authors?.value[0].value.affiliation?.value.ror?.value == "https://ror.org/04xhy8q59")
        #expect(metadata.authors?.value[1].value.affiliation?.value.name?.value == "Université de Poitiers")
        #expect(metadata.contact?.value.email?.location.pointer == "/contact/email")
        #expect(metadata.related.count == 2)
        #expect(metadata.related[1].value.url?.value == "https://example.org/v")
        #expect(metadata.deliverables.first?.value.hal?.value == "hal-04308548")
        #expect(metadata.files.first?.value.personalData?.value == "pseudonymised")
        #expect(metadata.dmp?.value == "dmp/madmp.json")
        #expect(metadata.profiles.map(\.value) == ["recherche-data-gouv", "etalab-2.0"])
        #expect(metadata.exclude.map(\.value) == ["drafts/**", "*.tmp"])
    }

    @Test("values of the wrong shape are reported with their location")
    func shapeProblems() throws {
        let metadata = try metadata("title: [a, b]\nauthors: Cerisier\ndates: 2020\n")
        #expect(metadata.title == nil)
        #expect(metadata.shapeProblems.count == 3)
        #expect(metadata.shapeProblems.map(\.location.line) == [1, 2, 3])
    }

    @Test("a document that is not a mapping is one shape problem")
    func notAMapping() throws {
        let metadata = try metadata("- a\n- b\n")
        #expect(metadata.shapeProblems.count == 1)
    }

    @Test("licence and license together are reported")
    func bothSpellings() throws {
        let metadata = try metadata("licence: etalab-2.0\nlicense: CC-BY-4.0\n")
        #expect(metadata.shapeProblems.first?.location.line == 2)
    }
}
