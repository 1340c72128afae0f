import Foundation
import Testing

/// Bags of real-shaped folders that once came out broken while fairpack said all was well:
/// decomposed Unicode names (as macOS writes them) and deposits that already hold an RO-Crate.
@Suite("Bags of real folders are never silently broken")
struct RealFolderBagTests {
    static let forms = ["bag", "bag.zip", "bag.tar", "bag.tar.gz"]
    /// `résultats.csv` with the accent decomposed (e + U+0301), as macOS names it.
    static let decomposed = "re\u{301}sultats.csv"

    func temporary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func write(_ text: String, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static let metadata = """
        title: "Résultats des enquêtes de terrain"
        description: "Résultats bruts des enquêtes menées en 2024 dans trois établissements scolaires."
        licence: CC-BY-4.0

        """

    /// The names of the entries of an archive or folder, as bytes, read by Python (zipfile,
    /// tarfile) and, for tar, by GNU tar, as a user who extracts it would see them.
    func entryNames(_ path: String) throws -> [[UInt8]] {
        let script = """
            import sys, os, zipfile, tarfile
            p = sys.argv[1]
            if os.path.isdir(p):
                names = [os.path.relpath(os.path.join(d, f), os.path.dirname(p)) for d, _, fs in os.walk(p) for f in fs]
            elif p.endswith('.zip'):
                names = zipfile.ZipFile(p).namelist()
            else:
                names = tarfile.open(p).getnames()
            for n in names:
                sys.stdout.buffer.write(os.fsencode(n).hex().encode() + b'\\n')
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { hex in
            stride(from: 0, to: hex.count, by: 2).compactMap { offset in
                let start = hex.index(hex.startIndex, offsetBy: offset)
                return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
            }
        }
    }

    @Test("an NFD name keeps its bytes in every form: entries, manifests and crate agree, and GNU tar sees the same")
    func decomposedNames() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deposit = folder.appendingPathComponent("deposit")
        try write(Self.metadata, deposit.appendingPathComponent("deposit.yaml"))
        try write("a,b\n1,2\n", deposit.appendingPathComponent("data/" + Self.decomposed))
        let wanted = Array(("data/data/" + Self.decomposed).utf8)
        for form in Self.forms {
            let output = folder.appendingPathComponent(form).path
            let pack = try BinaryRun.fairpack(["pack", deposit.path, "-o", output, "--profile", "fair-core", "--force"])
            #expect(pack.status == 0, "\(pack.stderr)")
            let names = try entryNames(output).map { Array($0.drop { $0 != UInt8(ascii: "/") }.dropFirst()) }
            #expect(names.contains(wanted), "\(form): no entry named with the decomposed bytes")
            #expect(!names.contains(Array(("data/data/r\u{E9}sultats.csv").utf8)), "\(form): the name was recomposed")
            if form.hasSuffix(".tar") || form.hasSuffix(".tar.gz") {
                let tar = Process()
                tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                tar.arguments = ["tar", "-tf", output]
                let pipe = Pipe()
                tar.standardOutput = pipe
                try tar.run()
                let listing = pipe.fileHandleForReading.readDataToEndOfFile()
                tar.waitUntilExit()
                #expect(listing.range(of: Data(wanted)) != nil, "\(form): GNU tar lists another name")
            }
            let verify = try BinaryRun.fairpack(["verify", output])
            #expect(verify.status == 0, "\(form): \(verify.stdout)")
        }
    }

    @Test("the same name written composed and decomposed is refused by the audit, and nothing is packed")
    func collidingNames() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deposit = folder.appendingPathComponent("deposit")
        try write(Self.metadata, deposit.appendingPathComponent("deposit.yaml"))
        try write("a\n1\n", deposit.appendingPathComponent("data/" + Self.decomposed))
        try write("a\n2\n", deposit.appendingPathComponent("data/r\u{E9}sultats.csv"))
        let check = try BinaryRun.fairpack(["check", deposit.path, "--profile", "fair-core", "--format", "json"])
        let findings = try #require(try check.json()["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "files.name.case-collision" }, "\(findings)")
        let output = folder.appendingPathComponent("bag.zip").path
        let pack = try BinaryRun.fairpack(["pack", deposit.path, "-o", output, "--profile", "fair-core"])
        #expect(pack.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    static let existingCrate = """
        { "@context": "https://w3id.org/ro/crate/1.1/context",
          "@graph": [
            {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
             "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
            {"@id": "./", "@type": "Dataset", "name": "ELN export", "description": "An export from a lab notebook.",
             "datePublished": "2024-01-02", "hasPart": [{"@id": "data/measures.csv"}, {"@id": "data/gone.csv"}],
             "author": {"@id": "#alice"}},
            {"@id": "data/measures.csv", "@type": "File", "name": "Raw measures", "encodingFormat": "text/plain"},
            {"@id": "data/gone.csv", "@type": "File", "name": "A file that is not there"},
            {"@id": "#alice", "@type": "Person", "name": "Alice Martin"}
          ]}
        """

    @Test("a deposit that holds an RO-Crate packs into one crate that keeps its entities, in every form")
    func existingCrate() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deposit = folder.appendingPathComponent("deposit")
        try write(Self.metadata, deposit.appendingPathComponent("deposit.yaml"))
        try write(Self.existingCrate, deposit.appendingPathComponent("ro-crate-metadata.json"))
        try write("<html></html>\n", deposit.appendingPathComponent("ro-crate-preview.html"))
        try write("a,b\n1,2\n", deposit.appendingPathComponent("data/measures.csv"))
        let check = try BinaryRun.fairpack(["check", deposit.path, "--profile", "fair-core", "--format", "json"])
        let findings = try #require(try check.json()["findings"] as? [[String: Any]])
        let crateFindings = findings.filter { $0["rule"] as? String == "metadata.crate" }.compactMap { $0["message"] as? String }
        #expect(crateFindings.contains { $0.contains("data/gone.csv") }, "\(crateFindings)")
        #expect(crateFindings.contains { $0.contains("ELN export") }, "\(crateFindings)")
        for form in Self.forms {
            let output = folder.appendingPathComponent(form).path
            let pack = try BinaryRun.fairpack(["pack", deposit.path, "-o", output, "--profile", "fair-core", "--force"])
            #expect(pack.status == 0, "\(form): \(pack.stderr)")
            let names = try entryNames(output).map { String(decoding: $0, as: UTF8.self) }
            #expect(names.filter { $0.hasSuffix("data/ro-crate-metadata.json") }.count == 1, "\(form): \(names)")
            #expect(names.filter { $0.hasSuffix("data/ro-crate-preview.html") }.count == 1, "\(form): \(names)")
            let verify = try BinaryRun.fairpack(["verify", output])
            #expect(verify.status == 0, "\(form): \(verify.stdout)")
        }
        let crate = try Data(contentsOf: folder.appendingPathComponent("bag/data/ro-crate-metadata.json"))
        let graph = try #require((try JSONSerialization.jsonObject(with: crate) as? [String: Any])?["@graph"] as? [[String: Any]])
        let byID = Dictionary(graph.compactMap { entity in (entity["@id"] as? String).map { ($0, entity) } }) { first, _ in first }
        #expect(byID["#alice"]?["name"] as? String == "Alice Martin", "the crate's own entities are kept")
        #expect(byID["data/gone.csv"] == nil, "a File entity for a missing file is left out")
        #expect(byID["data/measures.csv"]?["name"] as? String == "Raw measures", "a File keeps its human name")
        #expect(byID["data/measures.csv"]?["sha256"] is String, "and gains its digest")
        #expect(byID["./"]?["name"] as? String == "Résultats des enquêtes de terrain", "deposit.yaml's title wins")
        #expect(graph.filter { ($0["@id"] as? String) == "ro-crate-metadata.json" }.count == 1)
    }
}
