import FairPackFormats
import Testing

/// A snippet of text and the hits the scanner must find in it (kind and masked value).
struct PersonalDataCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [PersonalDataKind: [String]]
    var testDescription: String { text }
}

@Suite("Personal data scanner")
struct PersonalDataScannerTests {
    static let cases: [PersonalDataCase] = [
        .init(text: "Contact : alice.martin@univ-lyon2.fr.", expected: [.email: ["a***@u***.fr"]]),
        .init(text: "{\"mail\":\"bob+lab@cnrs.ac.uk\"}", expected: [.email: ["b***@c***.uk"]]),
        .init(text: "<email>x@example.org</email>", expected: [.email: ["x***@e***.org"]]),
        .init(text: "Tél. 06 12 34 56 78 ou 01.45.67.89.10", expected: [.phone: ["06 ** ** ** 78", "01.**.**.**.10"]]),
        .init(text: "appeler le 0612345678;", expected: [.phone: ["06******78"]]),
        .init(text: "+33 6 12 34 56 78, +33 (0)1 45 67 89 10", expected: [.phone: ["+33 6 ** ** ** 78", "+33 (0)1 ** ** ** 10"]]),
        .init(text: "0033 6 12 34 56 78", expected: [.phone: ["0033 6 ** ** ** 78"]]),
        .init(text: "London +44 20 7946 0958", expected: [.phone: ["+44 ** **** **58"]]),
        .init(text: "NIR 1 85 05 78 006 084 91", expected: [.nir: ["1 ** ** ** *** *** 91"]]),
        .init(text: "nir=185057800608491", expected: [.nir: ["1 ** ** ** *** *** 91"]]),
        .init(text: "NIR 1 85 05 78 006 084 92", expected: [.nirWithWrongKey: ["1 ** ** ** *** *** 92"]]),
        .init(text: "Corse 2 69 05 2A 004 123 14", expected: [.nir: ["2 ** ** ** *** *** 14"]]),
        .init(text: "IBAN FR76 3000 6000 0112 3456 7890 189", expected: [.iban: ["FR76 **** **** **** **** ***0 189"]]),
        .init(text: "IBAN FR7630006000011234567890188", expected: [.ibanWithWrongChecksum: ["FR76 **** **** **** **** ***0 188"]]),
        .init(text: "DE89 3704 0044 0532 0130 00 / GB82 WEST 1234 5698 7654 32",
              expected: [.iban: ["DE89 **** **** **** **30 00", "GB82 **** **** **** **54 32"]]),
        // Must not be phones: ORCID, dates, ISBN, decimals, versions, long identifiers, a bare 00 number.
        .init(text: "ORCID 0000-0002-1825-0097, https://orcid.org/0000-0001-5109-3700", expected: [:]),
        .init(text: "le 2024-03-15, le 15/03/2024, le 01-02-2023, à 12:30:45", expected: [:]),
        .init(text: "ISBN 978-2-07-036822-8, ISBN 0-306-40615-2, 2-07-036822-X", expected: [:]),
        .init(text: "0.1234567891 et 3.14159265358 et 1234567890", expected: [:]),
        .init(text: "version 1.2.3.4.5.6.7.8 build 06.12.34.56.78.90", expected: [:]),
        .init(text: "id 0612345678901234 et 00123456789 et 0033612", expected: [:]),
        .init(text: "DOI 10.1000/xyz123, ark:/13030/tf5p30086k", expected: [:]),
        .init(text: "mesures 12,5;13,75;06,12;34,56", expected: [:]),
        // Commit ids that happen to be ten digits, in a URL path or a code span, are not phones.
        .init(text: "* \\[[`0928584444`](https://github.com/nodejs/node/commit/0928584444)] - upgrade npm", expected: [:]),
        .init(text: "numéro `0612345678` de test, tel:0612345678", expected: [.phone: ["06******78"]]),
        // A service's mailbox names no one; a person's beside it in a mailto link is still found.
        .init(text: "écrire à [contact@transport.data.gouv.fr](mailto:contact@transport.data.gouv.fr), RGPD@lab.fr ou no-reply@x.org",
              expected: [:]),
        .init(text: "[marie.curie@lab.fr](mailto:marie.curie@lab.fr), contacts@lab.fr", expected: [.email: ["m***@l***.fr", "m***@l***.fr"]]),
        .init(text: "contact.marie@lab.fr", expected: [.email: ["c***@l***.fr"]]),
    ]

    @Test("finds and masks personal data, and ignores look-alikes", arguments: cases)
    func snippets(_ example: PersonalDataCase) {
        for chunk in [1, 7, 4096] {
            let report = Feeding.personalData(example.text, chunk: chunk)
            var found: [PersonalDataKind: [String]] = [:]
            for hit in report.hits { found[hit.kind, default: []].append(hit.maskedValue) }
            #expect(found == example.expected, "chunk \(chunk)")
        }
    }

    @Test("hits carry physical lines and character columns")
    func positions() {
        let text = "nom;mail\n\"Émilie\";emilie@exemple.fr\r\n\"Zoé\nsur deux lignes\";tél 06 12 34 56 78\n"
        let report = Feeding.personalData(text)
        #expect(report.hits.map(\.position) == [TextPosition(line: 2, column: 10), TextPosition(line: 4, column: 22)])
    }

    @Test("no hit, description or report shows the raw value")
    func neverRaw() {
        let raw = ["alice.martin@univ-lyon2.fr", "06 12 34 56 78", "+44 20 7946 0958", "1 85 05 78 006 084 91",
                   "185057800608492", "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "0612345678",
                   "12 34 56", "3000 6000", "85 05 78"]
        let report = Feeding.personalData(raw.joined(separator: "\n"))
        #expect(report.hits.count == 8)
        let shown = report.hits.map { "\($0) \(String(reflecting: $0)) \($0.maskedValue)" }.joined() + String(reflecting: report)
        for value in raw.prefix(8) {
            #expect(!shown.contains(value))
            #expect(!shown.contains(value.filter { $0 != " " }))
        }
    }

    @Test("hits are capped per kind but all are counted")
    func cap() {
        let text = (0..<50).map { "p\($0)@lab.fr" }.joined(separator: ", ")
        let report = Feeding.personalData(Array(text.utf8), hitsPerKind: 20)
        #expect(report.hits.count == 20)
        #expect(report.counts[.email] == 50)
    }

    @Test("long lines without breaks give the same hits whatever the chunking", arguments: [1, 7, 4096])
    func longLines(chunk: Int) {
        let filler = String(repeating: "mot ", count: 600)
        let text = filler + "a@b.fr " + filler + "06 12 34 56 78 " + filler + "FR76 3000 6000 0112 3456 7890 189"
        let report = Feeding.personalData(Array(text.utf8), chunk: chunk)
        #expect(report == Feeding.personalData(Array(text.utf8), chunk: 4096))
        #expect(report.counts[.email] == 1 && report.counts[.phone] == 1)
    }

    @Test("binary garbage gives a report, not a crash")
    func garbage() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = Feeding.personalData(bytes, chunk: 7)
    }

    @Test("column names for people's names are recognised across case, accents and separators")
    func nameColumns() {
        let header = ["id", "Prénom", "NOM", "first_name", "Family-Name", "nom de famille", "nombre", "email"]
        let hits = NameColumns.hits(in: header, line: 1)
        #expect(hits.map(\.position.column) == [2, 3, 4, 5, 6])
        #expect(hits.allSatisfy { $0.kind == .nameColumn })
        #expect(!NameColumns.isNameColumn("name_of_site_x"))
    }
}
