import Testing
@testable import FairPackLicences

@Suite("Licence catalogue")
struct CatalogueTests {
    static let required = [
        "etalab-2.0", "etalab-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0",
        "CC-BY-NC-ND-4.0", "CC-BY-3.0", "CC-BY-SA-3.0", "CC-BY-NC-3.0", "CC-BY-ND-3.0", "CC-BY-NC-SA-3.0", "CC-BY-NC-ND-3.0",
        "CC0-1.0", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", "MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "EUPL-1.2",
        "CECILL-2.1", "OGL-UK-3.0",
    ]

    @Test("Every licence research deposits meet is in the catalogue, with names, URLs and a reference text", arguments: required)
    func requiredLicence(id: String) throws {
        let licence = try #require(LicenceCatalogue.licence(id: id))
        #expect(licence.id == id)
        #expect(!licence.englishName.isEmpty && !licence.frenchName.isEmpty)
        #expect(licence.urls.allSatisfy { $0.hasPrefix("https://") })
        #expect(LicenceTextMatcher.catalogue.contains { $0.id == id }, "no reference text for \(id)")
    }

    @Test("Ids are found whatever their case, and unknown ids are not")
    func lookup() {
        #expect(LicenceCatalogue.licence(id: "cecill-2.1")?.id == "CECILL-2.1")
        #expect(LicenceCatalogue.licence(id: "ETALAB-2.0")?.id == "etalab-2.0")
        #expect(LicenceCatalogue.licence(id: "CC-BY-5.0") == nil)
    }

    @Test("Etalab 2.0 has both official French wordings and the English text")
    func etalabTexts() {
        let variants = LicenceTextMatcher.catalogue.filter { $0.id == "etalab-2.0" }.map(\.variant).sorted()
        #expect(variants == ["en", "fr", "fr-lo"])
    }

    @Test("Software, share-alike, non-commercial and no-derivatives facts")
    func facts() throws {
        for id in ["MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "EUPL-1.2", "CECILL-2.1"] {
            #expect(try #require(LicenceCatalogue.licence(id: id)).isSoftwareLicence, "\(id)")
        }
        for id in ["etalab-2.0", "CC-BY-4.0", "ODbL-1.0", "CC0-1.0", "OGL-UK-3.0"] {
            #expect(try #require(LicenceCatalogue.licence(id: id)).isSoftwareLicence == false, "\(id)")
        }
        let ncsa = try #require(LicenceCatalogue.licence(id: "CC-BY-NC-SA-4.0"))
        #expect(ncsa.isShareAlike && ncsa.isNonCommercial && !ncsa.isNoDerivatives)
        #expect(try #require(LicenceCatalogue.licence(id: "CC-BY-ND-3.0")).isNoDerivatives)
        #expect(try #require(LicenceCatalogue.licence(id: "ODbL-1.0")).isShareAlike)
        #expect(try #require(LicenceCatalogue.licence(id: "CC0-1.0")).isPublicDomain)
        #expect(try #require(LicenceCatalogue.licence(id: "etalab-2.0")).isSPDXListed)
        #expect(try #require(LicenceCatalogue.licence(id: "etalab-1.0")).isSPDXListed == false)
    }

    @Test("Attribution terms: Etalab wants producer and last update, CC BY 4.0 creators, notice and licence URL")
    func attribution() throws {
        let etalab = try #require(LicenceCatalogue.licence(id: "etalab-2.0")).attribution.required
        #expect(etalab == [.producer, .lastUpdateDate])
        let ccBy = try #require(LicenceCatalogue.licence(id: "CC-BY-4.0")).attribution.required
        #expect(ccBy.contains(.creators) && ccBy.contains(.licenceNotice) && ccBy.contains(.licenceURL))
        #expect(try #require(LicenceCatalogue.licence(id: "CC0-1.0")).attribution.required.isEmpty)
    }

    @Test("The words that tell relatives apart agree with each reference text's licence")
    func referenceFlags() throws {
        #expect(LicenceTextMatcher.catalogue.count <= 64)
        for reference in LicenceTextMatcher.catalogue where reference.id.hasPrefix("CC-") {
            let licence = try #require(LicenceCatalogue.licence(id: reference.id))
            #expect(reference.flags.shareAlike == licence.isShareAlike, "\(reference.id)")
            #expect(reference.flags.nonCommercial == licence.isNonCommercial, "\(reference.id)")
            #expect(reference.flags.noDerivatives == licence.isNoDerivatives, "\(reference.id)")
        }
    }

    @Test("Every text shipped is listed in SOURCES with the package or repository it came from")
    func sources() throws {
        let sources = try Fixtures.official("SOURCES.txt")
        for name in try Fixtures.officialNames() {
            #expect(sources.contains("\t\(name)"), "\(name) missing from SOURCES.txt")
        }
        #expect(sources.contains("licensedcode-data 32.1.0"))
    }
}
