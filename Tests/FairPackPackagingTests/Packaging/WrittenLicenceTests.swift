@testable import FairPackAudit
@testable import FairPackDeposit
@testable import FairPackPackaging
import FairPackTestSupport
import Foundation
import Testing

/// A licence written in words (packed with --force) still gives the crate's root a licence,
/// which RO-Crate requires; it is named as written, never guessed.
@Suite("A licence written in words")
struct WrittenLicenceTests {
    @Test("the root's license is a CreativeWork named as deposit.yaml writes it")
    func writtenLicence() throws {
        let folder = try TemporaryFolder()
        try folder.write("deposit/deposit.yaml", "title: \"Données d'enquête de terrain\"\nlicence: CC BY\n")
        try folder.write("deposit/data/a.csv", "a,b\n1,2\n")
        _ = try Packer(baggingDate: "2026-12-03").pack(try Deposit.open(at: folder.url("deposit")), to: folder.url("bag"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.url("bag/data/ro-crate-metadata.json")))
        let graph = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["@graph"] as? [[String: Any]])
        let root = try #require(graph.first { $0["@id"] as? String == "./" })
        let licenceID = try #require((root["license"] as? [String: Any])?["@id"] as? String)
        let licence = try #require(graph.first { $0["@id"] as? String == licenceID })
        #expect(licence["name"] as? String == "CC BY")
        #expect(!licenceID.contains("spdx.org"), "nothing is guessed")
    }
}
