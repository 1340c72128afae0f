import Testing
import FairPackLicences

@Suite("Licence files as projects write them")
struct RealShapeTests {
    @Test("BSD-3-Clause naming the organisation is still BSD-3-Clause")
    func bsdWithOrganisation() throws {
        let bsd = try Fixtures.official("BSD-3-Clause.txt")
            .replacingOccurrences(of: "the ORGANIZATION", with: "the Université de Poitiers, Laboratoire TECHNÉ")
        let text = "BSD 3-Clause License\n\nCopyright (c) 2021, Université de Poitiers\nAll rights reserved.\n\n" + bsd
        let primary = try #require(LicenceDetector.findings(in: text).primary)
        #expect(primary.licenceId == "BSD-3-Clause")
        #expect(primary.kind == .fullText)
    }

    @Test("Apache-2.0 with its appendix filled in is still Apache-2.0")
    func apacheFilledAppendix() throws {
        let apache = try Fixtures.official("Apache-2.0.txt")
            .replacingOccurrences(of: "Copyright [yyyy] [name of copyright owner]", with: "Copyright 2023 Institut national de recherche")
        let primary = try #require(LicenceDetector.findings(in: apache).primary)
        #expect(primary.licenceId == "Apache-2.0")
        #expect(primary.kind == .fullText)
    }

    @Test("A file holding two licence texts reports both, each on its own line")
    func twoTexts() throws {
        let mit = try Fixtures.text("yams-LICENSE")
        let etalab = try Fixtures.official("etalab-2.0.en.txt")
        let text = "Code: MIT\n\n" + mit + "\n\nData:\n\n" + etalab
        let findings = LicenceDetector.findings(in: text)
        let texts = findings.detections.filter { $0.kind == .fullText }
        #expect(Set(texts.map(\.licenceId)) == ["MIT", "etalab-2.0"])
        #expect(texts.first { $0.licenceId == "etalab-2.0" }?.line ?? 0 > 20)
    }

    @Test("A long line without breaks and deep Markdown nesting give a result, not a hang")
    func hostile() {
        let longLine = String(repeating: "lorem ipsum dolor sit amet ", count: 40_000)
        #expect(LicenceDetector.findings(in: longLine).isEmpty)
        let nested = String(repeating: "> ", count: 10_000) + "Released under the MIT License." + String(repeating: "[", count: 10_000)
        #expect(LicenceDetector.findings(in: nested).primary?.licenceId == "MIT")
        let brackets = String(repeating: "](", count: 50_000) + String(repeating: "<a", count: 50_000)
        #expect(LicenceDetector.findings(in: brackets).isEmpty)
    }

    @Test("A CC BY-NC legal code shipped in a deposit that says Etalab is reported as CC-BY-NC-4.0, not compatible")
    func issueScenario() throws {
        let findings = LicenceDetector.findings(in: try Fixtures.official("CC-BY-NC-4.0.txt"))
        let found = try #require(findings.primary?.licenceId)
        #expect(found == "CC-BY-NC-4.0")
        #expect(!LicenceCompatibility.check(file: found, inDeposit: "etalab-2.0").isCompatible)
        #expect(LicenceNameResolver.suggestion(for: "Licence Ouverte 2.0")?.licenceId == "etalab-2.0")
    }
}
