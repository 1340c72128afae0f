import Testing
import FairPackLicences

@Suite("Licence names a person writes")
struct NameResolverTests {
    @Test("Names resolve to their SPDX id whatever the case, spaces and punctuation", arguments: [
        ("Licence Ouverte 2.0", "etalab-2.0"), ("Licence Ouverte", "etalab-2.0"), ("Open Licence", "etalab-2.0"),
        ("licence ouverte v2", "etalab-2.0"), ("Etalab 2.0", "etalab-2.0"), ("Licence Ouverte / Open Licence 1.0", "etalab-1.0"),
        ("CC BY 4.0", "CC-BY-4.0"), ("cc-by 4.0", "CC-BY-4.0"), ("CC-BY-SA 4.0", "CC-BY-SA-4.0"),
        ("Creative Commons Attribution 4.0", "CC-BY-4.0"), ("Creative Commons Attribution-NonCommercial 4.0 International", "CC-BY-NC-4.0"),
        ("CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0"), ("ODbL", "ODbL-1.0"), ("Open Database License", "ODbL-1.0"),
        ("Apache 2", "Apache-2.0"), ("Apache License, Version 2.0", "Apache-2.0"), ("GPLv3", "GPL-3.0-only"),
        ("GNU GPL v3 or later", "GPL-3.0-or-later"), ("domaine public", "CC0-1.0"), ("CC0", "CC0-1.0"),
        ("MIT", "MIT"), ("mit license", "MIT"), ("BSD 3-Clause", "BSD-3-Clause"), ("CeCILL 2.1", "CECILL-2.1"),
        ("EUPL 1.2", "EUPL-1.2"), ("OGL v3", "OGL-UK-3.0"), ("ODC-BY", "ODC-By-1.0"), ("PDDL", "PDDL-1.0"),
    ])
    func resolves(name: String, id: String) {
        #expect(LicenceNameResolver.suggestion(for: name)?.licenceId == id)
    }

    @Test("An exact id is recognised as such; a spelling of it is not exact but resolves")
    func exactIds() throws {
        #expect(try #require(LicenceNameResolver.suggestion(for: "etalab-2.0")).isExactId)
        let lower = try #require(LicenceNameResolver.suggestion(for: "cc-by-4.0"))
        #expect(lower.licenceId == "CC-BY-4.0" && !lower.isExactId)
    }

    @Test("A name without version resolves with lower confidence")
    func confidence() throws {
        let full = try #require(LicenceNameResolver.suggestion(for: "Licence Ouverte 2.0"))
        let bare = try #require(LicenceNameResolver.suggestion(for: "Licence Ouverte"))
        #expect(full.confidence == 1)
        #expect(bare.confidence < full.confidence)
    }

    @Test("Words that are no licence give no suggestion", arguments: ["", "tous droits réservés", "proprietary", "see the website"])
    func noSuggestion(name: String) {
        #expect(LicenceNameResolver.suggestion(for: name) == nil)
    }
}
