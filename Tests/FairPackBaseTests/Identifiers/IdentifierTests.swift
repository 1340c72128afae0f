@testable import FairPackBase
import Testing

@Suite("E-mail addresses")
struct EmailTests {
    @Test("accepts the addresses repositories accept", arguments: [
        "someone@example.org", "aurelien.nguyen@univ-poitiers.fr", "a+tag@sub.domain.fr", " padded@example.org ",
        "prénom@exemple.fr",
    ])
    func valid(_ text: String) {
        #expect(Email(text) != nil)
    }

    @Test("refuses malformed addresses", arguments: [
        "", "someone", "someone@", "@example.org", "a@b", "a@@example.org", "a b@example.org", "a@example.o",
        "a@-example.org", "a..b@example.org", "<a@example.org>", "a@example.org.", "a@exa_mple.org",
    ])
    func invalid(_ text: String) {
        #expect(Email(text) == nil)
    }
}

@Suite("ISO 8601 dates")
struct ISODateTests {
    @Test("accepts dates of every precision and date-times", arguments: [
        "2020", "2020-10", "2020-10-26", "2024-02-29", "2000-02-29", "2023-06-30T14:05:00Z", "2023-06-30T14:05+02:00",
        "2023-06-30T14:05:00.123-05:00",
    ])
    func valid(_ text: String) {
        #expect(ISODate(text) != nil)
    }

    @Test("refuses impossible days and other notations", arguments: [
        "2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-04-31", "26/10/2020", "2020-1-5", "20201026",
        "2020-10-26T25:00", "2020-10T10:00", "", "+2020", "2020-10-2a",
    ])
    func invalid(_ text: String) {
        #expect(ISODate(text) == nil)
    }

    @Test("orders by the first day a date can mean")
    func ordering() throws {
        let year = try #require(ISODate("2020"))
        let day = try #require(ISODate("2020-01-02"))
        let later = try #require(ISODate("2023-12-04"))
        #expect(year < day)
        #expect(day < later)
        #expect(!(later < day))
        #expect(day.description == "2020-01-02")
    }
}

@Suite("Language codes")
struct LanguageCodeTests {
    @Test("knows the ISO 639-1 codes, in any case")
    func codes() {
        #expect(LanguageCode("fr")?.name == "French")
        #expect(LanguageCode("EN")?.code == "en")
        #expect(LanguageCode("xx") == nil)
        #expect(LanguageCode("fra") == nil)
    }

    @Test("suggests the code for a name or a three-letter code", arguments: [
        ("French", "fr"), ("fra", "fr"), ("fre", "fr"), ("English", "en"), ("deu", "de"), ("français", "fr"),
    ])
    func suggestions(_ text: String, _ code: String) {
        #expect(LanguageCode.suggestion(for: text) == code)
    }
}

@Suite("SPDX licences")
struct SPDXLicenceTests {
    @Test("the shipped list holds the licences deposits use")
    func catalogue() throws {
        #expect(SPDXLicence.all.count > 600)
        #expect(SPDXLicence.listVersion.hasPrefix("3."))
        let etalab = try #require(SPDXLicence.named("etalab-2.0"))
        #expect(etalab.name == "Etalab Open License 2.0")
        #expect(SPDXLicence.named("cc-by-4.0")?.id == "CC-BY-4.0")
        #expect(SPDXLicence.named("ODbL-1.0") != nil)
        #expect(SPDXLicence.named("GPL-2.0")?.isDeprecated == true)
        #expect(SPDXLicence.named("Licence Ouverte") == nil)
    }

    @Test("suggests the id for licences written by name", arguments: [
        ("Licence Ouverte 2.0", "etalab-2.0"), ("CC BY 4.0", "CC-BY-4.0"), ("Etalab", "etalab-2.0"),
        ("CC-BY-4", "CC-BY-4.0"), ("Creative Commons Attribution 4.0 International", "CC-BY-4.0"),
    ])
    func suggestions(_ text: String, _ id: String) {
        #expect(SPDXLicence.suggestion(for: text) == id)
    }
}

@Suite("Dataverse subjects and nearest words")
struct VocabularyTests {
    @Test("subjects must be spelt exactly; near misses get the right label")
    func subjects() {
        #expect(DataverseSubject.isValid("Social Sciences"))
        #expect(!DataverseSubject.isValid("social sciences"))
        #expect(DataverseSubject.suggestion(for: "social sciences") == "Social Sciences")
        #expect(DataverseSubject.suggestion(for: "Social Science") == "Social Sciences")
        #expect(DataverseSubject.suggestion(for: "Education") == nil)
        #expect(DataverseSubject.vocabulary.count == 14)
    }

    @Test("edit distance finds typos and ignores unrelated words")
    func nearest() {
        #expect(NearestWord.find("keyword", in: ["keywords", "title"]) == "keywords")
        #expect(NearestWord.find("orcidd", in: ["name", "orcid", "email"]) == "orcid")
        #expect(NearestWord.find("zzzzzz", in: ["name", "orcid"]) == nil)
        #expect(NearestWord.editDistance(Array("kitten"), Array("sitting"), limit: 10) == 3)
    }
}
