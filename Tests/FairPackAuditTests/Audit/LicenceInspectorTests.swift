import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
import Foundation
import Testing

@Suite("Licence inspector")
struct LicenceInspectorTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func officialText(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Sources/FairPackLicences/Texts/\(name)"), encoding: .utf8)
    }

    @Test("licence files at any depth and the root README and NOTICE are read; other files are not",
          arguments: [("LICENSE", true), ("LICENCE.txt", true), ("COPYING.md", true), ("code/LICENSE-MIT", true),
                      ("license.md", true), ("README.md", true), ("NOTICE", true), ("LICENSE.pdf", false),
                      ("data/README.md", false), ("data/a.csv", false), ("licenses.json", false)])
    func selection(_ path: String, _ read: Bool) {
        let inspector = LicenceInspectorFactory().makeInspector(for: FileEntry(path: path, size: 100))
        #expect((inspector != nil) == read)
    }

    @Test("the official French Etalab text gives the same full-text fact whatever the chunk size", arguments: [1, 7, 4096])
    func chunks(_ size: Int) throws {
        let bytes = Array(try Self.officialText("etalab-2.0.fr.txt").utf8)
        var inspector = try #require(LicenceInspectorFactory().makeInspector(for: FileEntry(path: "LICENSE", size: UInt64(bytes.count))))
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + size, bytes.count)
            let wants = bytes[offset..<end].withUnsafeBytes { inspector.consume($0) }
            offset = end
            if !wants { break }
        }
        var facts = FileFacts(path: "LICENSE")
        inspector.finish(into: &facts)
        let primary = try #require(facts.licences?.primary)
        #expect(primary.spdx == "etalab-2.0")
        #expect(primary.kind == .fullText)
        #expect(primary.confidence >= 0.93)
    }

    @Test("an audit of a real folder gathers the licence facts and the etalab-2.0 profile passes on them")
    func audit() throws {
        let folder = try TemporaryFolder()
        try folder.write("deposit.yaml", """
            title: "Entretiens avec des enseignants"
            description: "Index pseudonymisé de vingt-cinq entretiens semi-directifs menés en 2021 dans trois académies françaises."
            licence: etalab-2.0
            language: fr
            keywords: [entretiens]
            dates: { created: 2020-10-26, updated: 2023-06-30 }
            authors: [{ name: "Cerisier, Jean-François" }]
            files: [{ path: code/clean.py, licence: MIT }]
            """)
        try folder.write("LICENCE", try Self.officialText("etalab-2.0.fr.txt"))
        try folder.write("README.md", "# Entretiens\n\nDonnées publiées sous Licence Ouverte 2.0 (etalab-2.0).\n")
        try folder.write("code/clean.py", "print('ok')\n")
        try folder.write("code/LICENSE", try Self.officialText("MIT.txt"))
        let profile = try ProfileResolver.resolve(["etalab-2.0"], in: try ProfileCatalog.load())
        let result = Auditor(profile: profile).audit(try Deposit.open(at: folder.path))
        #expect(!result.findings.contains { $0.rule.hasPrefix("licence.") || $0.rule == "metadata.licence" },
                "\(result.findings.map(\.message))")
        #expect(result.licences["LICENCE"]?.primary?.spdx == "etalab-2.0")
        #expect(result.licences["code/LICENSE"]?.primary?.spdx == "MIT")
        #expect(result.licences["README.md"]?.statements.contains { $0.spdx == "etalab-2.0" && $0.kind == .notice } == true)
        #expect(result.licences["code/clean.py"] == nil)
    }
}
