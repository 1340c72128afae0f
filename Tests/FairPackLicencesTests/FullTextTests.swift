import Testing
import FairPackLicences

@Suite("Full licence texts")
struct FullTextTests {
    @Test("Each official text is recognised as its own licence, never a relative", arguments: try Fixtures.officialNames())
    func officialText(name: String) throws {
        let findings = LicenceDetector.findings(in: try Fixtures.official(name))
        let primary = try #require(findings.primary)
        #expect(primary.licenceId == Fixtures.licenceId(ofOfficial: name))
        #expect(primary.kind == .fullText)
        #expect(primary.confidence >= 0.99)
        #expect(findings.alterations.isEmpty)
        #expect(findings.detections.filter { $0.kind == .fullText }.count == 1)
    }

    @Test("Each official text reformatted as Markdown with a title and copyright line is still recognised",
          arguments: try Fixtures.officialNames())
    func markdownText(name: String) throws {
        let id = Fixtures.licenceId(ofOfficial: name)
        let markdown = Fixtures.markdown(from: try Fixtures.official(name), title: "\(id) License")
        let primary = try #require(LicenceDetector.findings(in: markdown).primary)
        #expect(primary.licenceId == id)
        #expect(primary.kind == .fullText)
        #expect(primary.confidence >= 0.95)
    }

    struct RealFile: Sendable, CustomTestStringConvertible {
        let file: String
        let id: String
        let kind: LicenceDetection.Kind
        let line: Int
        var testDescription: String { file }
    }

    static let realFiles = [
        RealFile(file: "disic-LICENSE", id: "etalab-2.0", kind: .fullText, line: 4),
        RealFile(file: "etalab-licence-ouverte-open-licence.md", id: "etalab-2.0", kind: .fullText, line: 3),
        RealFile(file: "dvf-app-LO.md", id: "etalab-2.0", kind: .fullText, line: 3),
        RealFile(file: "ooze-query-LICENSE.md", id: "MIT", kind: .fullText, line: 3),
        RealFile(file: "yams-LICENSE", id: "MIT", kind: .fullText, line: 5),
        RealFile(file: "swift-argument-parser-LICENSE.txt", id: "Apache-2.0", kind: .fullText, line: 2),
        RealFile(file: "sbcv-LICENSE.CC-BY-4.0.md", id: "CC-BY-4.0", kind: .fullText, line: 3),
        RealFile(file: "mpsplib-LICENSE.md", id: "CC-BY-4.0", kind: .notice, line: 1),
        RealFile(file: "paleo-aff-LICENSE.md", id: "CC-BY-4.0", kind: .notice, line: 1),
        RealFile(file: "whereami-LICENSE.md", id: "CC-BY-NC-SA-4.0", kind: .notice, line: 1),
        RealFile(file: "markov-LICENSE.md", id: "CC-BY-NC-SA-4.0", kind: .notice, line: 1),
        RealFile(file: "dayz-LICENSE-CC-BY-SA-4.0.md", id: "CC-BY-SA-4.0", kind: .notice, line: 1),
        RealFile(file: "yellowpaper-LICENCE.md", id: "CC-BY-SA-4.0", kind: .fullText, line: 1),
        RealFile(file: "andersonvom-LICENSE.md", id: "CC-BY-SA-4.0", kind: .notice, line: 1),
    ]

    @Test("Licence files of public repositories give the licence they state", arguments: realFiles)
    func realFile(_ expected: RealFile) throws {
        let findings = LicenceDetector.findings(in: try Fixtures.text(expected.file))
        let primary = try #require(findings.primary)
        #expect(primary.licenceId == expected.id)
        #expect(primary.kind == expected.kind)
        #expect(primary.line == expected.line)
        // A summary or paraphrase of a share-alike or non-commercial licence never reads as plain CC BY.
        if expected.id.contains("SA") || expected.id.contains("NC") {
            #expect(!findings.licenceIds.contains("CC-BY-4.0"))
        }
    }

    @Test("The French Etalab 1.0 text is Etalab 1.0, not CC-BY-2.0 although it names it")
    func etalabOne() throws {
        let findings = LicenceDetector.findings(in: try Fixtures.official("etalab-1.0.fr.txt"))
        #expect(findings.licenceIds == ["etalab-1.0"])
    }

    @Test("MIT with a restriction clause added is altered, names MIT as closest and never passes for MIT")
    func mitWithRestriction() throws {
        let mit = try Fixtures.text("yams-LICENSE")
        let restricted = mit.replacingOccurrences(
            of: "The above copyright notice",
            with: "The Software shall not be used for any military or surveillance purpose whatsoever.\n\nThe above copyright notice")
        let findings = LicenceDetector.findings(in: restricted)
        let altered = try #require(findings.detections.first)
        #expect(altered.kind == .alteredText)
        #expect(altered.licenceId == "MIT")
        #expect(altered.confidence > 0.8 && altered.confidence < 1)
        #expect(findings.primary == nil, "the MIT title line must not count as a notice: \(findings.detections)")
    }

    @Test("MIT with a changed clause or a removed condition is altered")
    func mitChanged() throws {
        let mit = try Fixtures.text("ooze-query-LICENSE.md")
        let changed = mit.replacingOccurrences(of: "to deal in the Software without restriction, including without limitation the rights",
                                               with: "to deal in the Software for non-commercial research only, excluding any right")
        let removed = mit.replacingOccurrences(of: "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.", with: "")
        for text in [changed, removed] {
            let findings = LicenceDetector.findings(in: text)
            #expect(findings.detections.first?.kind == .alteredText)
            #expect(findings.detections.first?.licenceId == "MIT")
            #expect(findings.primary == nil)
        }
    }

    @Test("A text about 85% like CC BY 4.0 is altered, with its similarity")
    func eightyFivePercent() throws {
        let words = try Fixtures.official("CC-BY-4.0.txt").split(separator: " ", omittingEmptySubsequences: false)
        // Every 30th word replaced: about 9 in 10 word triples left intact.
        let altered = words.enumerated().map { $0.offset % 30 == 29 ? "zorglub" : String($0.element) }.joined(separator: " ")
        let detection = try #require(LicenceDetector.findings(in: altered).detections.first)
        #expect(detection.kind == .alteredText)
        #expect(detection.licenceId == "CC-BY-4.0")
        #expect(detection.confidence > 0.75 && detection.confidence < 0.95)
    }

    @Test("The GPL-3.0 preamble alone is a partial GPL-3.0 text")
    func gplPreamble() throws {
        let gpl = try Fixtures.official("GPL-3.0-only.txt")
        let start = try #require(gpl.range(of: "Preamble"))
        let end = try #require(gpl.range(of: "TERMS AND CONDITIONS"))
        let findings = LicenceDetector.findings(in: String(gpl[start.lowerBound..<end.lowerBound]))
        let primary = try #require(findings.primary)
        #expect(primary.licenceId == "GPL-3.0-only")
        #expect(primary.kind == .partialText)
        #expect(primary.confidence < 0.9)
    }

    @Test("Apache-2.0 without its appendix and GPL-3.0 without 'How to apply' are still the full licence")
    func withoutAppendix() throws {
        let apache = try Fixtures.official("Apache-2.0.txt")
        let cut = String(apache[..<(try #require(apache.range(of: "APPENDIX"))).lowerBound])
        #expect(LicenceDetector.findings(in: cut).primary?.kind == .fullText)
        #expect(LicenceDetector.findings(in: cut).primary?.licenceId == "Apache-2.0")
        let gpl = try Fixtures.official("GPL-3.0-only.txt")
        let gplCut = String(gpl[..<(try #require(gpl.range(of: "How to Apply These Terms"))).lowerBound])
        #expect(LicenceDetector.findings(in: gplCut).primary?.licenceId == "GPL-3.0-only")
        #expect(LicenceDetector.findings(in: gplCut).primary?.kind == .fullText)
    }

    @Test("A README with a licence text inside reports the licence on the line where its text starts")
    func readmeWithText() throws {
        let prose = (1...30).map { "Line \($0) of the project description, with data tables and methods." }.joined(separator: "\n")
        let mit = try Fixtures.text("yams-LICENSE")
        let readme = "# Project\n\n" + prose + "\n\n## License\n\n" + mit + "\n\n## Authors\n\n" + prose
        let primary = try #require(LicenceDetector.findings(in: readme).primary)
        #expect(primary.licenceId == "MIT")
        #expect(primary.kind == .fullText)
        #expect(primary.line == 35 + 5)
    }
}
