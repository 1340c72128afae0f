import FairPackTestSupport
import Foundation
import Testing

@Suite("fairpack check: licences")
struct LicenceCommandTests {
    static func officialText(_ name: String) throws -> String {
        try String(contentsOf: BinaryRun.packageRoot.appendingPathComponent("Sources/FairPackLicences/Texts/\(name)"), encoding: .utf8)
    }

    /// A small Etalab deposit: the French licence text as LICENSE, a README stating the licence.
    static func deposit(licence: String = "etalab-2.0", licenceFile: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("deposit.yaml", """
            title: "Inventaire des ressources numériques scolaires"
            description: "Inventaire de trente ressources et outils numériques observés dans des écoles, collèges et lycées en 2021."
            licence: \(licence)
            language: fr
            keywords: [ressources numériques]
            dates: { created: 2020-10-26, updated: 2023-06-30 }
            authors: [{ name: "Cerisier, Jean-François" }]
            files:
              - { path: data/ressources.csv, licence: etalab-2.0 }
              - { path: code/nettoyage.py, licence: MIT }
            """)
        try folder.write("LICENSE", try licenceFile ?? officialText("etalab-2.0.fr.txt"))
        try folder.write("README.md", """
            # Inventaire des ressources numériques

            Trente ressources décrites par leur nom, leur type et leur éditeur.

            ## Licence

            Les données sont publiées sous la Licence Ouverte 2.0 (etalab-2.0) :
            https://www.etalab.gouv.fr/licence-ouverte-open-licence

            """)
        try folder.write("data/ressources.csv", "id,nom\nR01,Éduthèque\n")
        try folder.write("code/nettoyage.py", "print('ok')\n")
        return folder
    }

    @Test("a deposit with the French Etalab text and a README notice passes etalab-2.0 and lists its licences")
    func etalabDeposit() throws {
        let folder = try Self.deposit()
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "etalab-2.0", "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        let licences = try #require(try run.json()["licences"] as? [[String: Any]])
        let full = try #require(licences.first { $0["path"] as? String == "LICENSE" })
        #expect(full["spdx"] as? String == "etalab-2.0")
        #expect(full["kind"] as? String == "full")
        #expect((full["confidence"] as? Double ?? 0) >= 0.93)
        #expect((1...10).contains(full["line"] as? Int ?? 0), "the text starts near the top")
        #expect(full["altered"] == nil)
        let notice = licences.filter { $0["path"] as? String == "README.md" }
        #expect(notice.contains { $0["spdx"] as? String == "etalab-2.0" && $0["kind"] as? String == "notice" })
        #expect(notice.contains { $0["kind"] as? String == "mention" })
    }

    @Test("an altered Etalab text is reported with the closest licence and its similarity, never as a match")
    func alteredText() throws {
        let text = try Self.officialText("etalab-2.0.fr.txt")
            .replacingOccurrences(of: "commerciale", with: "non commerciale, sous réserve d'une autorisation écrite préalable du Concédant,")
        let folder = try Self.deposit(licenceFile: text)
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "etalab-2.0", "--format", "json"])
        #expect(run.status == 1, "\(run.stdout)")
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        let detected = try #require(findings.first { $0["rule"] as? String == "licence.detected" })
        #expect(detected["path"] as? String == "LICENSE")
        let message = detected["message"] as? String ?? ""
        #expect(message.contains("etalab-2.0") && message.contains("%"), "\(message)")
        let licences = try #require(try run.json()["licences"] as? [[String: Any]])
        #expect(licences.contains { $0["path"] as? String == "LICENSE" && $0["altered"] as? Bool == true })
    }

    @Test("deposit.yaml under CC-BY-4.0 beside an Etalab LICENSE is a mismatch, and the README notice does not match")
    func mismatch() throws {
        let folder = try Self.deposit(licence: "CC-BY-4.0")
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "cc-by-4.0", "--format", "json"])
        #expect(run.status == 1)
        let rules = Set((try run.json()["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["licence.mismatch", "licence.notice"]), "\(rules)")
        #expect(!rules.contains("licence.accepted"))
    }

    @Test("the etalab-2.0 profile refuses a deposit under another licence but accepts MIT on its code")
    func accepted() throws {
        let folder = try Self.deposit(licence: "ODbL-1.0")
        let run = try BinaryRun.fairpack(["check", folder.path, "--profile", "etalab-2.0", "--format", "json"])
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "licence.accepted" && $0["pointer"] as? String == "/licence" })
        #expect(!findings.contains { $0["pointer"] as? String == "/files/1/licence" })
    }
}
