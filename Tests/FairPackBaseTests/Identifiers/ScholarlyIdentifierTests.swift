@testable import FairPackBase
import Foundation
import Testing

/// The identifiers deposit metadata cites: people, organisations, works, records, serials and books.
@Suite("Scholarly identifiers")
struct ScholarlyIdentifierTests {}

extension ScholarlyIdentifierTests {
    /// One way of writing an identifier and the normalised form it must give.
    struct WrittenForm: Sendable, CustomTestStringConvertible {
        let text: String
        let normalised: String

        var testDescription: String { "\(String(reflecting: text)) -> \(normalised)" }

        /// Every text in `texts` must normalise to `normalised`.
        static func all(_ normalised: String, _ texts: [String]) -> [WrittenForm] {
            texts.map { WrittenForm(text: $0, normalised: normalised) }
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("ORCID iDs")
    struct ORCIDTests {
        /// The valid vectors of deposit-rules §3.1, our two sample authors, and the four block bounds.
        static let valid = [
            "0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X", "0000-0002-9079-593X",
            "0009-0001-5055-9262", "0000-0002-3992-0547", "0000-0003-0579-8173",
            "0000-0001-5000-0007", "0000-0003-5000-0001", "0009-0000-0000-0009", "0009-0010-0000-0003",
        ]

        static let forms: [WrittenForm] = valid.flatMap { id in
            let digits = id.replacingOccurrences(of: "-", with: "")
            return WrittenForm.all(id, [
                id, digits, "https://orcid.org/" + id, "http://orcid.org/" + id, "orcid.org/" + id,
                "HTTPS://ORCID.ORG/" + id, "https://orcid.org/" + digits, "  \(id)\n", id.lowercased(),
                digits.lowercased(),
            ])
        }

        @Test("accepts every written form of a valid iD and gives the hyphenated identifier", arguments: forms)
        func valid(_ form: WrittenForm) throws {
            let orcid = try ORCID.validate(form.text).get()
            #expect(orcid.identifier == form.normalised)
            #expect(orcid.description == form.normalised)
            #expect(orcid.url == "https://orcid.org/" + form.normalised)
            #expect(orcid.digits == form.normalised.replacingOccurrences(of: "-", with: ""))
            #expect(ORCID(form.text) == orcid)
        }

        @Test("names what is wrong: the format first, then the check character, then the block", arguments: [
            ("0000-0002-1825-0098", ORCID.Problem.checksum(expected: "7")),
            ("https://orcid.org/0000-0002-1825-0098", .checksum(expected: "7")),
            ("0000-0002-1694-2330", .checksum(expected: "X")),
            ("0000-0001-5109-370X", .checksum(expected: "0")),
            ("0000-0000-0000-0000", .checksum(expected: "1")),
            ("0000-0000-0000-0001", .range),
            ("0000-0001-4999-9992", .range),
            ("0000-0003-5000-001X", .range),
            ("0008-9999-9999-9996", .range),
            ("0009-0010-0000-0011", .range),
            ("", .format), ("0000-0002-1825-009", .format), ("0000-0002-1825-00977", .format),
            ("000000021825009", .format), ("0000 0002 1825 0097", .format), ("0000-00021-825-0097", .format),
            ("0000-0002-1825-0097-", .format), ("000X-0002-1825-0097", .format), ("0000-0002-1825-009Y", .format),
            ("https://sandbox.orcid.org/0000-0002-1825-0097", .format), ("orcid:0000-0002-1825-0097", .format),
            ("https://orcid.org/", .format), ("０000-0002-1825-0097", .format),
        ])
        func problems(_ text: String, _ problem: ORCID.Problem) {
            #expect(ORCID.validate(text) == .failure(problem))
            #expect(ORCID(text) == nil)
        }

        @Test("computes the MOD 11-2 check character of exactly 15 digits")
        func checkCharacter() {
            #expect(ORCID.checkCharacter(for: "000000021825009") == "7")
            #expect(ORCID.checkCharacter(for: "000000021694233") == "X")
            #expect(ORCID.checkCharacter(for: "000000000000000") == "1")
            #expect(ORCID.checkCharacter(for: "00000002182500") == nil)
            #expect(ORCID.checkCharacter(for: "0000000218250097") == nil)
            #expect(ORCID.checkCharacter(for: "00000002182500X") == nil)
        }

        @Test("a lower-case x and the URI give the same value as the printed iD")
        func equality() {
            #expect(ORCID("https://orcid.org/0000-0002-1694-233x") == ORCID("000000021694233X"))
            #expect(ORCID("0000-0002-1694-233x")?.digits == "000000021694233X")
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("ROR identifiers")
    struct RORTests {
        static let valid = ["03yrm5c26", "01k4yrm29", "02feahw73", "02kvxyf05", "03xjwb503", "05f82e368", "04xhy8q59"]

        static let forms: [WrittenForm] = valid.flatMap { id in
            WrittenForm.all(id, [
                id, id.uppercased(), "https://ror.org/" + id, "http://ror.org/" + id, "ror.org/" + id,
                "HTTPS://ROR.ORG/" + id.uppercased(), " \(id)\t",
            ])
        }

        @Test("accepts every written form of a valid id and gives the bare lower-case id", arguments: forms)
        func valid(_ form: WrittenForm) throws {
            let ror = try ROR.validate(form.text).get()
            #expect(ror.id == form.normalised)
            #expect(ror.description == form.normalised)
            #expect(ror.url == "https://ror.org/" + form.normalised)
            #expect(ROR(form.text) == ror)
        }

        @Test("names what is wrong: the format first, then the check digits", arguments: [
            ("01k4yrm30", ROR.Problem.checksum(expected: "29")),
            ("https://ror.org/01k4yrm30", .checksum(expected: "29")),
            ("02kvxyf06", .checksum(expected: "05")),
            ("03YRM5C27", .checksum(expected: "26")),
            ("0abcdefg12", .format), ("03yrm5u26", .format), ("03yrm5i26", .format), ("03yrm5l26", .format),
            ("03yrm5o26", .format), ("13yrm5c26", .format), ("03yrm5c2", .format), ("03yrm5c2x", .format),
            ("", .format), ("https://ror.org/", .format), ("https://example.org/03yrm5c26", .format),
            ("ror:03yrm5c26", .format),
        ])
        func problems(_ text: String, _ problem: ROR.Problem) {
            #expect(ROR.validate(text) == .failure(problem))
            #expect(ROR(text) == nil)
        }

        @Test("computes zero-padded MOD 97-10 check digits of six base32 characters")
        func checkDigits() {
            #expect(ROR.checkDigits(for: "3yrm5c") == "26")
            #expect(ROR.checkDigits(for: "2KVXYF") == "05")
            #expect(ROR.checkDigits(for: "3yrm5u") == nil)
            #expect(ROR.checkDigits(for: "3yrm5") == nil)
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("DOIs")
    struct DOITests {
        static let valid: [(prefix: String, suffix: String)] = [
            ("10.57745", "LLRJO0"), ("10.1234", "abc"), ("10.5281", "zenodo.6461229"), ("10.15497", "rda00050"),
            ("10.1000.10", "ABC/def"), ("10.123456789", "x"),
            ("10.1002", "(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"),
        ]

        static let forms: [WrittenForm] = valid.flatMap { doi in
            let id = doi.prefix + "/" + doi.suffix
            return WrittenForm.all(id, [
                id, "doi:" + id, "DOI: " + id, "DOI:" + id, "doi:  " + id, "https://doi.org/" + id,
                "http://dx.doi.org/" + id, "https://dx.doi.org/" + id, "doi.org/" + id, "HTTPS://DOI.ORG/" + id,
                "https://www.doi.org/" + id, "\t\(id) ",
            ])
        }

        @Test("accepts every written form and splits prefix from suffix", arguments: forms)
        func valid(_ form: WrittenForm) throws {
            let doi = try #require(DOI(form.text))
            #expect(doi.identifier == form.normalised)
            #expect(doi.description == form.normalised)
            #expect(doi.prefix + "/" + doi.suffix == form.normalised)
            #expect(!doi.prefix.contains("/"))
        }

        @Test("refuses other prefixes, empty suffixes, whitespace and other resolvers", arguments: [
            "", "10.123/abc", "10.1234567890/abc", "10.1234/", "10.1234", "11.1234/abc", "10.1234/ab c", "doi:10.1234",
            "https://example.org/10.1234/abc", "https://10.1234/abc", "10.abcd/xyz", "10.1234./abc", "10..1234/abc",
            "10/1234/abc", "doi:https://doi.org/10.1234/abc", "urn:10.1234/abc", "10.1234 /abc",
        ])
        func invalid(_ text: String) {
            #expect(DOI(text) == nil)
        }

        @Test("compares ignoring case but keeps the suffix as written")
        func caseInsensitive() throws {
            let rdg = try #require(DOI("https://doi.org/10.57745/LLRJO0"))
            let lower = try #require(DOI("doi:10.57745/llrjo0"))
            #expect(rdg == lower)
            #expect(Set([rdg, lower]).count == 1)
            #expect(rdg.suffix == "LLRJO0")
            #expect(lower.suffix == "llrjo0")
            #expect(rdg.prefix == "10.57745")
            #expect(rdg.url == "https://doi.org/10.57745/LLRJO0")
            #expect(DOI("10.57745/LLRJO0") != DOI("10.57745/LLRJO1"))
        }

        @Test("decodes escapes in resolver URLs and escapes the URL it gives")
        func escapes() {
            #expect(DOI("https://doi.org/10.1002/%28SICI%291097")?.suffix == "(SICI)1097")
            #expect(DOI("10.1002/(SICI)1097") == DOI("https://doi.org/10.1002/%28SICI%291097"))
            #expect(DOI("10.1234/a#b?c%d")?.url == "https://doi.org/10.1234/a%23b%3Fc%25d")
            #expect(DOI("https://doi.org/10.1234/a%23b%3Fc%25d")?.suffix == "a#b?c%d")
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("HAL identifiers")
    struct HALIdTests {
        @Test("accepts ids, the hal: scheme and landing URLs", arguments: [
            ("hal-04308548", "hal", "04308548", nil), ("hal-04308548v2", "hal", "04308548", 2),
            ("  hal-01234567v12 ", "hal", "01234567", 12), ("tel-01234567", "tel", "01234567", nil),
            ("halshs-00123456", "halshs", "00123456", nil), ("inria-00598397", "inria", "00598397", nil),
            ("cea-01234567", "cea", "01234567", nil), ("dumas-01234567", "dumas", "01234567", nil),
            ("medihal-01304228", "medihal", "01304228", nil), ("cel-00124335", "cel", "00124335", nil),
            ("in2p3-00012345", "in2p3", "00012345", nil), ("insu-04707980", "insu", "04707980", nil),
            ("sic_00001234", "sic", "00001234", nil), ("mem_00001234v1", "mem", "00001234", 1),
            ("ijn_00001234", "ijn", "00001234", nil),
            ("hal:hal-04308548", "hal", "04308548", nil), ("HAL:hal-04308548v3", "hal", "04308548", 3),
            ("https://hal.science/hal-04308548", "hal", "04308548", nil),
            ("https://hal.archives-ouvertes.fr/hal-04308548v2", "hal", "04308548", 2),
            ("https://theses.hal.science/tel-01234567", "tel", "01234567", nil),
            ("http://hal.science/hal-04308548/", "hal", "04308548", nil),
            ("hal.science/hal-04308548", "hal", "04308548", nil),
            ("https://halshs.archives-ouvertes.fr/halshs-00123456", "halshs", "00123456", nil),
            ("HTTPS://HAL.SCIENCE/hal-04308548", "hal", "04308548", nil),
        ] as [(String, String, String, Int?)])
        func valid(_ text: String, _ prefix: String, _ number: String, _ version: Int?) throws {
            let id = try #require(HALId(text))
            #expect(id.prefix == prefix)
            #expect(id.number == number)
            #expect(id.version == version)
        }

        @Test("refuses other digit counts, upper-case prefixes, version 0 and other hosts", arguments: [
            "", "hal-0430854", "hal-043085481", "HAL-01234567", "Hal-01234567", "hal01234567", "hal_01234567",
            "hal-04308548v0", "hal-04308548v", "hal-04308548v01", "hal-04308548V2", "-01234567", "hal--01234567",
            "1hal-01234567", "hal-0430854a", "hal:HAL-01234567", "hal: hal-01234567", "hal-04308548 v2",
            "https://example.org/hal-04308548", "https://hal.science/hal-04308548/document", "https://hal.science/",
            "https://fakehal.science/hal-04308548", "ftp://hal.science/hal-04308548",
            "hal-04308548v99999999999999999999",
        ])
        func invalid(_ text: String) {
            #expect(HALId(text) == nil)
        }

        @Test("writes the identifier and HAL's current landing URL", arguments: [
            ("https://hal.archives-ouvertes.fr/hal-04308548v2", "hal-04308548v2"),
            ("https://theses.hal.science/tel-01234567", "tel-01234567"),
            ("HAL:sic_00001234", "sic_00001234"), ("in2p3-00012345v10", "in2p3-00012345v10"),
        ])
        func normalised(_ text: String, _ identifier: String) throws {
            let id = try #require(HALId(text))
            #expect(id.identifier == identifier)
            #expect(id.description == identifier)
            #expect(id.url == "https://hal.science/" + identifier)
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("Web addresses")
    struct WebURLTests {
        @Test("accepts http and https addresses with a real host", arguments: [
            ("https://hal.science", "hal.science"), ("http://example.org/path?q=1#f", "example.org"),
            ("https://localhost:8080/x", "localhost"), ("http://localhost", "localhost"),
            ("https://user@Hal.Science:443/x", "hal.science"), (" https://doi.org/10.1234/abc ", "doi.org"),
            ("HTTPS://Example.ORG", "example.org"), ("https://exemple.fr/é", "exemple.fr"),
            ("https://données.fr", "données.fr"), ("https://192.168.0.1/", "192.168.0.1"),
            ("https://example.org?q", "example.org"),
        ])
        func valid(_ text: String, _ host: String) throws {
            let url = try #require(WebURL(text))
            #expect(url.host == host)
            #expect(url.url == text.trimmingCharacters(in: .whitespaces))
            #expect(url.description == url.url)
        }

        @Test("refuses other schemes, bare hosts and spaces", arguments: [
            "", "ftp://example.org", "example.org", "https://", "https://example", "https://exa mple.org",
            "https://example.org/a b", "https://example.org:99999", "https://example.org:", "https://example.org:8o",
            "https://.org", "https://example..org", "https://example.org./", "mailto:a@b.org", "https://[::1]/",
            "<https://example.org>", "https:/example.org", "https://exa\nmple.org", "https://exa_mple.org",
            "\"https://example.org\"",
        ])
        func invalid(_ text: String) {
            #expect(WebURL(text) == nil)
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("ISSNs")
    struct ISSNTests {
        @Test("accepts ISSNs with or without hyphen and label", arguments: [
            ("0317-8471", "0317-8471"), ("2049-3630", "2049-3630"), ("0378-5955", "0378-5955"),
            ("03178471", "0317-8471"),
            ("ISSN 0317-8471", "0317-8471"), ("issn:0317-8471", "0317-8471"), ("ISSN: 20493630", "2049-3630"),
            (" 0317-8471\n", "0317-8471"), ("1050-124X", "1050-124X"), ("1050-124x", "1050-124X"),
        ])
        func valid(_ text: String, _ identifier: String) {
            #expect(ISSN(text)?.identifier == identifier)
            #expect(ISSN(text)?.description == identifier)
        }

        @Test("refuses wrong check characters and other shapes", arguments: [
            "", "0317-8472", "0317-847X", "2049-3631", "1050-1240", "0317847", "0317-84711", "03-178471", "0317 8471",
            "abcd-efgh", "031X-8471", "ISSN", "ISBN 0317-8471",
        ])
        func invalid(_ text: String) {
            #expect(ISSN(text) == nil)
        }
    }
}

extension ScholarlyIdentifierTests {
    @Suite("ISBNs")
    struct ISBNTests {
        @Test("accepts ISBN-10 and ISBN-13 and gives the ISBN-13", arguments: [
            ("978-2-07-036822-8", "9782070368228"), ("2-07-036822-X", "9782070368228"),
            ("2-07-036822-x", "9782070368228"),
            ("978-0-306-40615-7", "9780306406157"), ("0-306-40615-2", "9780306406157"), ("0306406152", "9780306406157"),
            ("9780306406157", "9780306406157"), ("ISBN 978-0-306-40615-7", "9780306406157"),
            ("ISBN-13: 978-0-306-40615-7", "9780306406157"), ("ISBN-10: 0-306-40615-2", "9780306406157"),
            ("isbn:0306406152", "9780306406157"), ("978 0 306 40615 7", "9780306406157"),
            (" ISBN13 9782070368228 ", "9782070368228"), ("979-10-90636-07-1", "9791090636071"),
        ])
        func valid(_ text: String, _ isbn13: String) {
            #expect(ISBN(text)?.isbn13 == isbn13)
            #expect(ISBN(text)?.description == isbn13)
        }

        @Test("refuses wrong check characters, other EAN prefixes and other lengths", arguments: [
            "", "978-2-07-036822-3", "2-07-036822-3", "0-306-40615-3", "978-0-306-40615-6", "0-306-40615-X",
            "9770306406158", "12345", "X-306-40615-2", "030640615", "97803064061570", "978-0-306-4061X-7",
        ])
        func invalid(_ text: String) {
            #expect(ISBN(text) == nil)
        }

        @Test("the two forms of a book are equal")
        func equality() {
            #expect(ISBN("2-07-036822-X") == ISBN("978-2-07-036822-8"))
            #expect(ISBN("0-306-40615-2") != ISBN("978-2-07-036822-8"))
        }
    }
}
