@testable import FairPackPackaging
import FairPackCrates
import FairPackTestSupport
import Foundation
import Testing

@Suite("verify tells bundles apart by content and checks each whole")
struct BundleLayoutTests {
    typealias M = BundleFixtures

    private func rules(_ outcome: BundleVerifier.Outcome) -> [String] { outcome.result.findings.map(\.rule) }

    @Test("an .eln is a zip whose one top folder, named after it, holds the crate")
    func eln() throws {
        let folder = try TemporaryFolder()
        try M.crate("survey", in: folder)
        try M.zip("survey.eln", ["survey"], in: folder.path)
        let outcome = try BundleVerifier.verify(folder.url("survey.eln"))
        #expect(outcome.verifies, "\(outcome.result.findings)")
        #expect(outcome.layout.isArchive && outcome.layout.top == "survey" && outcome.layout.crateRoot == "")
        #expect(outcome.files == 2)
        try FileManager.default.moveItem(atPath: folder.url("survey.eln"), toPath: folder.url("renamed.eln"))
        let renamed = try BundleVerifier.verify(folder.url("renamed.eln"))
        #expect(rules(renamed).contains("crate.eln.folder"), "\(renamed.result.findings)")
        // The same bytes under a name other than .eln are a zipped crate: no .eln rule applies.
        try FileManager.default.moveItem(atPath: folder.url("renamed.eln"), toPath: folder.url("renamed.zip"))
        #expect(try BundleVerifier.verify(folder.url("renamed.zip")).verifies)
    }

    @Test("a zip with the crate at its root verifies; a damaged file in it fails its contentSize")
    func zipAtRoot() throws {
        let folder = try TemporaryFolder()
        let metadata = M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File", "contentSize": 3}"##)
        let crate = try M.crate("crate", in: folder, metadata: metadata)
        try M.zip("../crate.zip", ["."], in: crate)
        let outcome = try BundleVerifier.verify(folder.url("crate.zip"))
        #expect(outcome.layout.top == nil && outcome.layout.crateRoot == "")
        #expect(rules(outcome) == ["crate.data-entity.fixity"])
    }

    @Test("a tar.gz whose one top folder is a crate verifies; a tar of a plain folder is not a bundle")
    func crateInTarGzip() throws {
        let folder = try TemporaryFolder()
        try M.crate("survey", in: folder)
        try M.run("/bin/tar", ["czf", "survey.tar.gz", "survey"], in: folder.path)
        let outcome = try BundleVerifier.verify(folder.url("survey.tar.gz"))
        #expect(outcome.verifies && outcome.layout.top == "survey" && outcome.files == 2, "\(outcome.result.findings)")
        try folder.write("plain/notes.txt", "nothing")
        try M.run("/bin/tar", ["cf", "plain.tar", "plain"], in: folder.path)
        #expect(throws: VerifyError.notABag(folder.url("plain.tar"))) { try BundleVerifier.verify(folder.url("plain.tar")) }
    }

    @Test("a crate in a bag: manifests and the crate's sha256 checked from one read; the manifest must list the metadata")
    func crateInBag() throws {
        let folder = try TemporaryFolder()
        let digest = "5c3bd5b8c5f2c1f4a0e3b7d9e6a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3"
        let metadata = M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File", "sha256": "\##(digest)"}"##)
        let bag = try M.crate("bag", in: folder, metadata: metadata)
        try M.bag(bag)
        let outcome = try BundleVerifier.verify(bag)
        #expect(outcome.layout.hasBag && outcome.layout.crateRoot == "data/")
        // The manifest agrees with the bytes; the crate's sha256 (made up) does not.
        #expect(rules(outcome) == ["crate.data-entity.fixity"], "\(outcome.result.findings)")
        #expect(outcome.result.findings.first?.path == "data/ro-crate-metadata.json")

        let unlisted = try M.crate("unlisted", in: folder)
        try M.bag(unlisted, omitFromManifest: ["data/ro-crate-metadata.json"])
        let missing = try BundleVerifier.verify(unlisted)
        #expect(rules(missing).contains("crate.bagit.manifest"))
        #expect(rules(missing).contains("bag.file.extra"))
    }

    @Test("a bag in a zip with a top folder verifies; a changed byte names the file")
    func bagInZip() throws {
        let folder = try TemporaryFolder()
        let bag = try M.crate("bag", in: folder)
        try M.bag(bag)
        try M.zip("bag.zip", ["bag"], in: folder.path)
        let outcome = try BundleVerifier.verify(folder.url("bag.zip"))
        #expect(outcome.verifies, "\(outcome.result.findings)")
        #expect(outcome.layout.top == "bag" && outcome.layout.hasBag && outcome.algorithms == [.sha256])
        #expect(outcome.summary.hasPrefix("✓ \(folder.url("bag.zip")) verifies: 2 payload files"))

        try Data("site,count\nPoitiers,26\n".utf8).write(to: URL(fileURLWithPath: bag + "/data/survey.csv"))
        try M.zip("changed.zip", ["bag"], in: folder.path)
        let changed = try BundleVerifier.verify(folder.url("changed.zip"))
        #expect(changed.result.findings.contains { $0.rule == "bag.file.digest" && $0.path == "data/survey.csv" })
    }

    @Test("a crate wrapping a bag: the crate's rules, and the bag's under its folder")
    func crateWrappingBag() throws {
        let folder = try TemporaryFolder()
        let metadata = M.metadata(root: ##", "hasPart": [{"@id": "bag1/"}]"##,
                                  entities: ##", {"@id": "bag1/", "@type": "Dataset", "hasPart": [{"@id": "bag1/data/survey.csv"}]}, {"@id": "bag1/data/survey.csv", "@type": "File"}"##)
        let crate = try M.crate("crate", in: folder, metadata: metadata, files: [:])
        try folder.write("crate/bag1/survey.csv", M.table)
        try M.bag(crate + "/bag1")
        let outcome = try BundleVerifier.verify(crate)
        #expect(outcome.layout.wrappedBags == ["bag1/"] && !outcome.layout.hasBag)
        #expect(outcome.verifies, "\(outcome.result.findings)")
        #expect(outcome.result.profiles == ["RO-Crate 1.2", "BagIt 1.0"])
        try Data("changed".utf8).write(to: URL(fileURLWithPath: crate + "/bag1/data/survey.csv"))
        let changed = try BundleVerifier.verify(crate)
        #expect(changed.result.findings.contains { $0.rule == "bag.file.digest" && $0.path == "bag1/data/survey.csv" })
    }

    @Test("a holey bag verifies what is present; --completeness lists what is still to fetch")
    func holeyBag() throws {
        let folder = try TemporaryFolder()
        let url = "https://example.org/big.bin"
        let metadata = M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}, {"@id": "big.bin"}]"##,
                                  entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "big.bin", "@type": "File", "url": "\##(url)"}"##)
        let bag = try M.crate("bag", in: folder, metadata: metadata, files: ["survey.csv": M.table, "big.bin": "0123456789"])
        try M.bag(bag, fetch: "\(url) 10 data/big.bin\n")
        try FileManager.default.removeItem(atPath: bag + "/data/big.bin")
        let outcome = try BundleVerifier.verify(bag)
        #expect(outcome.verifies, "\(outcome.result.findings)")
        #expect(outcome.pending == 1)
        #expect(outcome.result.findings.map(\.rule) == ["bag.fetch.pending"])
        #expect(outcome.result.findings.first?.severity == .note)
        #expect(outcome.summary.contains("1 file still to fetch"))

        let complete = try BundleVerifier.verify(bag, options: .init(completeness: true))
        #expect(!complete.verifies)
        #expect(complete.result.findings.contains { $0.rule == "bag.fetch.pending" && $0.path == "data/big.bin" && $0.message.contains(url) })

        // A fetched file whose entity gives another url is a broken RECOMMENDED: a warning.
        let other = metadata.replacingOccurrences(of: url, with: "https://example.org/elsewhere.bin")
        try Data(other.utf8).write(to: URL(fileURLWithPath: bag + "/data/ro-crate-metadata.json"))
        let recommended = try BundleVerifier.verify(bag, options: .init(level: .recommended))
        #expect(recommended.result.findings.contains { $0.rule == "crate.bagit.fetch" && $0.severity == .warning })
    }

    @Test("several paths are verified in one call, the outcomes in the order given")
    func severalPaths() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for index in 0..<6 {
            let crate = try M.crate("crate\(index)", in: folder)
            if index % 2 == 1 { try M.bag(crate) }
            paths.append(crate)
        }
        try folder.write("plain/notes.txt", "nothing to verify")
        paths.insert(folder.url("plain"), at: 3)
        let outcomes = BundleVerifier.verify(paths: paths)
        #expect(outcomes.count == paths.count)
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .success(let verified):
                #expect(verified.path == path && verified.verifies)
            case .failure(let error):
                #expect(path == folder.url("plain") && error == .notABag(path))
            }
        }
        let merged = BundleVerifier.merged(outcomes.compactMap { try? $0.get() })
        #expect(merged.files.count == 12)
        #expect(merged.files.allSatisfy { $0.path.hasPrefix(folder.path) })
    }

    @Test("a detached metadata file is checked without a payload; other JSON is not a crate")
    func detached() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("survey-ro-crate-metadata.json", M.metadata())
        let outcome = try BundleVerifier.verify(path)
        #expect(outcome.verifies && outcome.layout.isDetached && outcome.crateVersion == "1.2")
        let broken = try folder.write("broken.json", M.metadata(datePublished: "May 2024"))
        #expect(rules(try BundleVerifier.verify(broken)) == ["crate.date"])
        let other = try folder.write("package.json", "{\"name\": \"survey\"}")
        #expect(throws: VerifyError.notABag(other)) { try BundleVerifier.verify(other) }
    }

    @Test("hostile files give a finding or a typed error, never a crash")
    func hostile() throws {
        let folder = try TemporaryFolder()
        let garbage = folder.url("garbage.eln")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }).write(to: URL(fileURLWithPath: garbage))
        #expect(throws: VerifyError.self) { try BundleVerifier.verify(garbage) }
        let brace = try folder.write("broken.json", "{\"@context\": [" + String(repeating: "[", count: 50_000))
        #expect(try BundleVerifier.verify(brace).result.findings.map(\.rule) == ["crate.json"])
        let empty = try folder.write("empty.zip", "")
        #expect(throws: VerifyError.notABag(empty)) { try BundleVerifier.verify(empty) }
        try folder.write("crate/ro-crate-metadata.json", "[1, 2, 3]")
        #expect(try BundleVerifier.verify(folder.url("crate")).result.findings.map(\.rule) == ["crate.json"])
    }

    @Test("a crate of each version gets that version's rules", arguments: ["1.1", "1.2", "1.3"])
    func versions(_ version: String) throws {
        let folder = try TemporaryFolder()
        let crate = try M.crate("crate", in: folder, metadata: M.metadata(version: version))
        let outcome = try BundleVerifier.verify(crate)
        #expect(outcome.verifies && outcome.crateVersion == version)
    }
}

@Suite("docs/crate-rules.md")
struct CrateRulesPageTests {
    @Test("names every crate, bag and bundle rule id")
    func everyID() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/crate-rules.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let ids = CrateRule.allCases.map(\.rawValue) + BagRule.allCases.map(\.rawValue)
        for id in ids { #expect(text.contains("| `\(id)` |"), "docs/crate-rules.md does not list \(id)") }
    }
}
