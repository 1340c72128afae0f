import Testing
@testable import FairPackLicences

@Suite("Attribution in READMEs")
struct AttributionFinderTests {
    @Test("A French data README names its producer and its last update")
    func french() {
        let text = """
        # Usages du numérique éducatif — enquête 2023

        **Producteur :** Université de Lille, laboratoire CIREL
        **Dernière mise à jour :** 12 mars 2024

        Ces données sont publiées sous Licence Ouverte 2.0.
        """
        let mentions = AttributionFinder.mentions(in: text)
        #expect(mentions.producerLine == 3)
        #expect(mentions.updateLine == 4)
    }

    @Test("An English README with an Authors section and an 'Updated on' line")
    func english() {
        let text = """
        Survey data
        ===========

        ## Authors

        - Jane Doe (ORCID 0000-0002-1825-0097)
        - John Smith

        Updated on 2024-05-17.
        """
        let mentions = AttributionFinder.mentions(in: text)
        #expect(mentions.producerLine == 6)
        #expect(mentions.updateLine == 9)
    }

    @Test("A copyright line names the producer; a table row gives the update")
    func copyrightAndTable() {
        let text = """
        | Champ | Valeur |
        |---|---|
        | Mise à jour | 2023-06-30 |

        © 2023 Réseau Canopé
        """
        let mentions = AttributionFinder.mentions(in: text)
        #expect(mentions.producerLine == 5)
        #expect(mentions.updateLine == 3)
    }

    @Test("Labels without a value, words in running text and dates without a year do not count", arguments: [
        "## Auteurs\n\n## Données\n",
        "Les auteurs remercient les écoles participantes.\n",
        "Last updated: see the changelog.\n",
        "Mise à jour : tous les mois\n",
        "Authorship is described below.\n",
        "Copyright\n",
    ])
    func notMentions(_ text: String) {
        let mentions = AttributionFinder.mentions(in: text)
        #expect(mentions == AttributionMentions())
    }

    @Test("Years are told apart from longer numbers", arguments: [
        ("2024-03-12", true), ("12/03/2024", true), ("March 2019", true), ("version 12345", false), ("1850", false),
    ])
    func years(_ text: String, _ expected: Bool) {
        #expect(AttributionFinder.containsYear(text) == expected)
    }

    @Test("The scanner reads attribution from the bytes it was fed, in any chunking")
    func scanner() {
        let text = "# Data\n\nProduit par l'INSPÉ de Bretagne\nMis à jour le 3 avril 2024\n"
        for size in [1, 7, 4096] {
            var scanner = LicenceTextScanner()
            let bytes = Array(text.utf8)
            var start = 0
            while start < bytes.count {
                let end = min(start + size, bytes.count)
                _ = bytes[start..<end].withUnsafeBytes { scanner.consume($0) }
                start = end
            }
            #expect(scanner.attribution() == AttributionMentions(producerLine: 3, updateLine: 4))
        }
    }
}
