import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackFormats
@testable import FairPackHashing
@testable import FairPackAudit
@testable import FairPackPackaging
import Foundation
import Testing

/// One output form of `pack`.
struct FormCase: Sendable, CustomTestStringConvertible {
    let name: String
    var testDescription: String { name }
}

@Suite("pack and verify")
struct PackTests {
    static let forms = ["bag", "bag.zip", "bag.tar", "bag.tar.gz"].map(FormCase.init)

    /// A small deposit with a nested folder, a non-ASCII name and a space in a name.
    func makeDeposit(_ folder: TemporaryFolder) throws -> String {
        try folder.write("deposit/deposit.yaml", """
            title: "Entretiens avec des enseignants"
            description: "Index pseudonymisé de vingt-cinq entretiens semi-directifs menés en 2021."
            licence: etalab-2.0
            authors: [{ name: "Cerisier, Jean-François", orcid: 0000-0002-3992-0547, affiliation: { name: Techné, ror: "https://ror.org/04xhy8q59" } }]
            contact: { name: "Nguyen, Aurélien", email: "aurelien.nguyen@example.org" }
            dates: { created: 2020-10-26, published: 2023-12-04 }
            """)
        try folder.write("deposit/data/entretiens.csv", "id,académie,année\nE01,Poitiers,2021\nE02,Rennes,2021\nE03,Lyon,2022\nE04,Lille,2022\n")
        try folder.write("deposit/data/notes de terrain.txt", String(repeating: "observation\n", count: 200_000))
        try folder.write("deposit/données/ré sumé.md", "# Résumé\n")
        return folder.url("deposit")
    }

    func pack(_ deposit: String, to output: String) throws -> Packer.Summary {
        try Packer(baggingDate: "2026-11-23").pack(try Deposit.open(at: deposit), to: output)
    }

    @Test("every form verifies after packing", arguments: forms)
    func roundTrip(_ form: FormCase) throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        let output = folder.url(form.name)
        let summary = try pack(deposit, to: output)
        #expect(summary.files == 6)
        let result = try Verifier.verify(output)
        #expect(result.isValid, "\(result.problems)")
        #expect(result.files == 6)
        #expect(result.algorithms == [.sha256, .sha512])
        #expect(!FileManager.default.fileExists(atPath: Packer.temporaryPath(for: output)))
    }

    @Test("packing twice, more than a second apart, gives the same bytes; gzip says no time", arguments: forms.dropFirst())
    func reproducible(_ form: FormCase) throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        // The top folder inside an archive is named after the output: pack twice to the same name.
        _ = try pack(deposit, to: folder.url(form.name))
        let one = try Data(contentsOf: URL(fileURLWithPath: folder.url(form.name)))
        usleep(1_200_000)
        let again = try TemporaryFolder()
        _ = try pack(deposit, to: again.url(form.name))
        #expect(try Data(contentsOf: URL(fileURLWithPath: again.url(form.name))) == one)
        if form.name.hasSuffix(".tar.gz") {
            #expect(one.prefix(2) == Data([0x1F, 0x8B]), "a gzip stream")
            #expect(one.dropFirst(4).prefix(4) == Data([0, 0, 0, 0]), "the gzip header's MTIME is 0")
        }
    }

    @Test("the source folder's content and modification times are unchanged")
    func sourceUntouched() throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        let before = try snapshot(deposit)
        _ = try pack(deposit, to: folder.url("bag.zip"))
        _ = try pack(deposit, to: folder.url("bag"))
        #expect(try snapshot(deposit) == before)
    }

    @Test("an existing output is never overwritten")
    func existingOutput() throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        try folder.write("bag.zip", "precious")
        #expect(throws: PackError.outputExists(folder.url("bag.zip"))) { try pack(deposit, to: folder.url("bag.zip")) }
        #expect(try String(contentsOfFile: folder.url("bag.zip"), encoding: .utf8) == "precious")
    }

    @Test("a file that changes size between the walk and the pack stops it, leaving nothing")
    func changedDuringPack() throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        let opened = try Deposit.open(at: deposit)
        try folder.write("deposit/data/entretiens.csv", "id,académie\nE01,Poitiers\nE02,Rennes\n")
        #expect(throws: PackError.changed("data/entretiens.csv")) {
            try Packer(baggingDate: "2026-11-23").pack(opened, to: folder.url("bag.tar"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url("bag.tar")))
        #expect(!FileManager.default.fileExists(atPath: Packer.temporaryPath(for: folder.url("bag.tar"))))
    }

    @Test("bag-info.txt and the RO-Crate carry the deposit's metadata")
    func metadata() throws {
        let folder = try TemporaryFolder()
        let deposit = try makeDeposit(folder)
        _ = try pack(deposit, to: folder.url("bag"))
        let info = try String(contentsOfFile: folder.url("bag/bag-info.txt"), encoding: .utf8)
        #expect(info.contains("Bagging-Date: 2026-11-23\n"))
        #expect(info.contains("Contact-Email: aurelien.nguyen@example.org\n"))
        #expect(info.contains("Source-Organization: Techné\n"))
        #expect(info.range(of: "External-Identifier: urn:uuid:[0-9a-f-]{36}\n", options: .regularExpression) != nil)
        #expect(try String(contentsOfFile: folder.url("bag/bagit.txt"), encoding: .utf8)
                == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        let crate = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.url("bag/data/ro-crate-metadata.json"))))
        let graph = try #require((crate as? [String: Any])?["@graph"] as? [[String: Any]])
        let byId = Dictionary(graph.map { ($0["@id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let root = try #require(byId["./"])
        #expect(root["name"] as? String == "Entretiens avec des enseignants")
        #expect(root["datePublished"] as? String == "2023-12-04")
        #expect((root["license"] as? [String: String])?["@id"] == "https://spdx.org/licenses/etalab-2.0")
        #expect(byId["https://spdx.org/licenses/etalab-2.0"]?["@type"] as? String == "CreativeWork")
        let person = try #require(byId["https://orcid.org/0000-0002-3992-0547"])
        #expect((person["affiliation"] as? [String: String])?["@id"] == "https://ror.org/04xhy8q59")
        let file = try #require(byId["data/notes%20de%20terrain.txt"])
        #expect(file["contentSize"] as? String == String(12 * 200_000))
        #expect((file["sha256"] as? String)?.count == 64)
        #expect(byId["données/ré%20sumé.md"] != nil)
        let csv = try #require(byId["data/entretiens.csv"])
        #expect((csv["encodingFormat"] as? [Any])?.first as? String == "text/csv")
        #expect(byId["https://www.nationalarchives.gov.uk/PRONOM/x-fmt/18"] != nil)
    }

    @Test("the sample's crate links the contact to its author, and unpacks single values")
    func sampleCrate() throws {
        let folder = try TemporaryFolder()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/gtnum-reve").path
        _ = try pack(sample, to: folder.url("bag"))
        let crate = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.url("bag/data/ro-crate-metadata.json"))))
        let graph = try #require((crate as? [String: Any])?["@graph"] as? [[String: Any]])
        let byId = Dictionary(graph.map { ($0["@id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let nguyen = try #require(byId["https://orcid.org/0000-0003-0579-8173"])
        #expect((nguyen["contactPoint"] as? [String: String])?["@id"] == "#contact-point")
        #expect(!byId.keys.contains { $0.hasPrefix("#person-") })
        let root = try #require(byId["./"])
        // The data management plan is IsDocumentedBy: subjectOf, with the two webinars.
        let subjectOf = (root["subjectOf"] as? [[String: String]] ?? []).compactMap { $0["@id"] }
        #expect(subjectOf.contains { $0.contains("hal-04317582") })
        #expect(subjectOf.count == 3)
        #expect(root["citation"] == nil)
        #expect((byId["#contact-point"]?["email"] as? String) == "aurelien.nguyen@univ-poitiers.fr")
        let files = graph.filter { ($0["@type"] as? String) == "File" }
        #expect(files.count == 14)
    }

    private func snapshot(_ root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            let full = root + "/" + path
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let digest = (try? Data(contentsOf: URL(fileURLWithPath: full))).map { MultiDigest.of($0, [.sha256])[.sha256] ?? "" } ?? "dir"
            result[path] = "\(modified) \(digest)"
        }
        return result
    }
}
