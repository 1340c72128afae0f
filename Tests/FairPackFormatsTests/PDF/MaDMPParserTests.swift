@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
import Foundation
import Testing

@Suite("RDA maDMP files")
struct MaDMPParserTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    @Test("the sample's maDMP gives its datasets, licences, personal-data answers and ORCID iDs")
    func sample() throws {
        let data = try Data(contentsOf: Self.samples.appendingPathComponent("gtnum-reve/dmp/madmp.json"))
        guard case .parsed(let dmp) = MaDMPParser.parse(data) else {
            Issue.record("the sample maDMP did not parse")
            return
        }
        #expect(dmp.datasets.count == 2)
        #expect(dmp.datasets[0].identifier == "data/entretiens-enseignants.csv")
        #expect(dmp.datasets[0].personalData == "yes")
        #expect(dmp.datasets[1].personalData == "no")
        #expect(dmp.datasets[0].licences == ["https://www.etalab.gouv.fr/licence-ouverte-open-licence"])
        #expect(dmp.datasets[0].distributionTitles == ["entretiens-enseignants.csv"])
        #expect(dmp.contributors.map(\.orcid) == ["0000-0002-3992-0547", "0000-0003-0579-8173"])
        #expect(dmp.contact?.name == "Nguyen, Aurélien")
    }

    static let reference = samples.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/reference/madmp")

    @Test("the reference examples of the RDA standard parse",
          .enabled(if: FileManager.default.fileExists(atPath: reference.path), "needs ../shared beside the checkout, as in CI"),
          arguments: ["ex3-dataset-finished.json", "ex9-dmp-long.json"])
    func referenceExamples(_ name: String) throws {
        let file = Self.reference.appendingPathComponent(name)
        guard case .parsed(let dmp) = MaDMPParser.parse(try Data(contentsOf: file)) else {
            Issue.record("\(name) did not parse")
            return
        }
        #expect(!dmp.datasets.isEmpty)
    }

    @Test("broken JSON says where; JSON that is not a maDMP says why")
    func invalid() {
        guard case .invalid(let syntax) = MaDMPParser.parse(Data("{\n  \"dmp\": {\n    \"title\": ,\n  }\n}".utf8)) else {
            Issue.record("broken JSON parsed")
            return
        }
        #expect(syntax.contains("line 3"))
        guard case .invalid(let shape) = MaDMPParser.parse(Data("{\"title\": \"x\"}".utf8)) else {
            Issue.record("a non-DMP parsed")
            return
        }
        #expect(shape.contains("`dmp`"))
        guard case .invalid(let untitled) = MaDMPParser.parse(Data("{\"dmp\": {\"dataset\": [{}]}}".utf8)) else {
            Issue.record("an untitled dataset parsed")
            return
        }
        #expect(untitled.contains("dataset[0]"))
    }

    @Test("JSON nested deeper than the reader goes is said to be too deep, not invalid")
    func tooDeep() {
        let deep = String(repeating: "[", count: 10_000) + "1" + String(repeating: "]", count: 10_000)
        let text = "{\"dmp\": {\"title\": \"Plan\", \"dataset\": [{\"title\": \"D\"}], \"x_extension\": \(deep)}}"
        guard case .invalid(let message) = MaDMPParser.parse(Data(text.utf8)) else {
            Issue.record("a 10,000-deep document parsed")
            return
        }
        #expect(message.contains("more than 512 levels deep"), "\(message)")
        #expect(!message.contains("not valid JSON"))
    }
}

@Suite("Licence URLs")
struct LicenceURLTests {
    @Test("maps the URLs DMPs use to SPDX ids", arguments: [
        ("https://www.etalab.gouv.fr/licence-ouverte-open-licence", "etalab-2.0"),
        ("https://spdx.org/licenses/etalab-2.0", "etalab-2.0"),
        ("https://spdx.org/licenses/CC-BY-4.0.html", "CC-BY-4.0"),
        ("https://creativecommons.org/licenses/by/4.0/", "CC-BY-4.0"),
        ("http://creativecommons.org/licenses/by-sa/4.0/legalcode", "CC-BY-SA-4.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
        ("https://opendatacommons.org/licenses/odbl/1-0/", "ODbL-1.0"),
    ])
    func known(_ url: String, _ id: String) {
        #expect(SPDXLicence.id(forURL: url) == id)
    }

    @Test("returns nil for pages it does not know")
    func unknown() {
        #expect(SPDXLicence.id(forURL: "https://example.org/licence") == nil)
        #expect(SPDXLicence.id(forURL: "not a url") == nil)
    }
}
