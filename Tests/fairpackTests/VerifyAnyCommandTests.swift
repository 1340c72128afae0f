import FairPackTestSupport
import Foundation
import Testing

/// `fairpack verify` on bundles other tools made, through the binary: exit codes, formats, levels.
@Suite("fairpack verify on crates, .eln files and several paths")
struct VerifyAnyCommandTests {
    /// A valid RO-Crate 1.2 describing one file, with extra root members.
    static func metadata(root: String = "", datePublished: String = "2024-05-17") -> String {
        """
        {"@context": "https://w3id.org/ro/crate/1.2/context",
         "@graph": [
          {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
           "conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}},
          {"@id": "./", "@type": "Dataset", "name": "Survey", "description": "Answers to the survey.",
           "datePublished": "\(datePublished)", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"},
           "hasPart": [{"@id": "survey.csv"}]\(root)},
          {"@id": "survey.csv", "@type": "File", "name": "Survey", "contentSize": 23}
         ]}
        """
    }

    static func crate(_ name: String, in folder: TemporaryFolder, metadata: String = metadata()) throws -> String {
        try folder.write("\(name)/ro-crate-metadata.json", metadata)
        try folder.write("\(name)/survey.csv", "site,count\nPoitiers,25\n")
        return folder.url(name)
    }

    @Test("a crate folder verifies (exit 0); a broken MUST fails (exit 1) naming its rule; a plain folder is exit 2")
    func exitCodes() throws {
        let folder = try TemporaryFolder()
        let good = try Self.crate("good", in: folder)
        let run = try BinaryRun.fairpack(["verify", good])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("✓ \(good) verifies: RO-Crate 1.2, 2 files"), "\(run.stdout)")
        let bad = try Self.crate("bad", in: folder, metadata: Self.metadata(datePublished: "17/05/2024"))
        let failed = try BinaryRun.fairpack(["verify", bad])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("ro-crate-metadata.json\n"), "\(failed.stdout)")
        #expect(failed.stdout.contains("[crate.date]"), "\(failed.stdout)")
        #expect(failed.stdout.hasSuffix("✗ \(bad) does not verify: 1 problem.\n"), "\(failed.stdout)")
        try folder.write("plain/notes.txt", "x")
        let plain = try BinaryRun.fairpack(["verify", folder.url("plain")])
        #expect(plain.status == 2)
        #expect(plain.isOneErrorLine, "\(plain.stderr)")
    }

    @Test("several paths: each reported in order, the worst exit wins; JSON is one document")
    func severalPaths() throws {
        let folder = try TemporaryFolder()
        let first = try Self.crate("first", in: folder)
        let second = try Self.crate("second", in: folder, metadata: Self.metadata(root: ##", "author": {"@id": "#ana", "name": "Ana"}"##))
        let third = try Self.crate("third", in: folder)
        let run = try BinaryRun.fairpack(["verify", first, second, third])
        #expect(run.status == 1)
        let summaries = run.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") }
        #expect(summaries.count == 3)
        #expect(summaries.first?.contains(first) == true && summaries.last?.contains(third) == true)
        #expect(summaries[1].hasPrefix("✗ \(second)"))

        let json = try BinaryRun.fairpack(["verify", "--format", "json", first, second])
        #expect(json.status == 1)
        let document = try json.json()
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["rule"] as? String) == "crate.flattened" && ($0["path"] as? String) == second + "/ro-crate-metadata.json" })
        #expect(findings.allSatisfy { ($0["path"] as? String)?.hasPrefix(second) == true })

        let withMissing = try BinaryRun.fairpack(["verify", first, folder.url("nothing-here")])
        #expect(withMissing.status == 2)
        #expect(withMissing.stdout.contains("✓ \(first) verifies"))
        #expect(withMissing.isOneErrorLine, "\(withMissing.stderr)")
    }

    @Test("--level recommended adds the broken SHOULDs as warnings, which do not fail")
    func recommended() throws {
        let folder = try TemporaryFolder()
        let crate = try Self.crate("crate", in: folder, metadata: Self.metadata(root: ##", "publisher": {"@id": "https://ror.org/04xhy8q59"}"##))
        let required = try BinaryRun.fairpack(["verify", crate])
        #expect(required.status == 0)
        #expect(!required.stdout.contains("warning"))
        let recommended = try BinaryRun.fairpack(["verify", "--level", "recommended", "--format", "json", crate])
        #expect(recommended.status == 0, "\(recommended.stdout)")
        let findings = try #require(try recommended.json()["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["rule"] as? String) == "crate.root.publisher" && ($0["severity"] as? String) == "warning" })
    }

    @Test("an .eln verifies, and a renamed one fails crate.eln.folder; the report can go to a file")
    func eln() throws {
        let folder = try TemporaryFolder()
        _ = try Self.crate("survey", in: folder)
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.arguments = ["-q", "-r", "survey.eln", "survey"]
        zip.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        try zip.run()
        zip.waitUntilExit()
        #expect(try BinaryRun.fairpack(["verify", folder.url("survey.eln")]).status == 0)
        try FileManager.default.copyItem(atPath: folder.url("survey.eln"), toPath: folder.url("export.eln"))
        let report = folder.url("report.json")
        let run = try BinaryRun.fairpack(["verify", "--format", "json", "--output", report, folder.url("export.eln")])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("crate.eln.folder"))
    }

    @Test("pack --crate-version 1.3 writes a 1.3 crate that verifies; 1.2 stays the default")
    func crateVersion() throws {
        let folder = try TemporaryFolder()
        let v13 = folder.url("v13")
        let pack = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", v13, "--crate-version", "1.3"])
        try #require(pack.status == 0, "\(pack.stderr)")
        let metadata = try String(contentsOfFile: v13 + "/data/ro-crate-metadata.json", encoding: .utf8)
        #expect(metadata.contains("https://w3id.org/ro/crate/1.3/context"))
        #expect(metadata.contains("\"https://w3id.org/ro/crate/1.3\""))
        let run = try BinaryRun.fairpack(["verify", v13])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("RO-Crate 1.3"))
        let wrong = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", folder.url("v14"), "--crate-version", "1.4"])
        #expect(wrong.status == 2)
    }

    @Test("a holey bag exits 0 with a note; --completeness exits 1 listing the file to fetch")
    func holeyBag() throws {
        let folder = try TemporaryFolder()
        let bag = folder.url("bag")
        try #require(try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", bag]).status == 0)
        let missing = "data/data/ressources-numeriques.csv"
        let url = "https://example.org/ressources-numeriques.csv"
        try Data("\(url) - \(missing)\n".utf8).write(to: URL(fileURLWithPath: bag + "/fetch.txt"))
        try FileManager.default.removeItem(atPath: bag + "/" + missing)
        let run = try BinaryRun.fairpack(["verify", bag])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("[bag.fetch.pending]") && run.stdout.contains("1 file still to fetch"), "\(run.stdout)")
        let complete = try BinaryRun.fairpack(["verify", "--completeness", bag])
        #expect(complete.status == 1)
        #expect(complete.stdout.contains(missing) && complete.stdout.contains(url), "\(complete.stdout)")
    }
}
