import FairPackTestSupport
import Foundation
import Testing

/// Bags made by someone else: damage must fail, valid bags must pass, odd paths must be refused.
@Suite("security: verify on bags from others")
struct VerifySecurityTests {
    /// Runs a system tool and requires it to succeed.
    @discardableResult
    static func tool(_ program: String, _ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(program) \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// Packs the sample into `folder/name` and requires it to verify.
    static func bag(_ name: String, in folder: TemporaryFolder, digests: String = "sha256,sha512") throws -> String {
        let output = folder.url(name)
        let pack = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", output, "--digest", digests])
        try #require(pack.status == 0, "\(pack.stderr)")
        return output
    }

    /// Rewrites a tag file, line by line.
    static func edit(_ path: String, _ change: ([String]) -> [String]) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = change(text.split(separator: "\n").map(String.init))
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("a zip cut short by 10 to 300 bytes fails with exit 1", arguments: [10, 22, 100, 300])
    func truncatedZip(cut: Int) throws {
        let folder = try TemporaryFolder()
        let zip = try Self.bag("bag.zip", in: folder)
        let data = try Data(contentsOf: URL(fileURLWithPath: zip))
        let cutPath = folder.url("cut.zip")
        try data.prefix(data.count - cut).write(to: URL(fileURLWithPath: cutPath))
        let run = try BinaryRun.fairpack(["verify", cutPath])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect((run.stdout + run.stderr).contains("truncated") || (run.stdout + run.stderr).contains("damaged"))
    }

    @Test("a tar.gz cut in half fails with exit 1, not 2")
    func truncatedTarGzip() throws {
        let folder = try TemporaryFolder()
        let archive = try Self.bag("bag.tar.gz", in: folder)
        let data = try Data(contentsOf: URL(fileURLWithPath: archive))
        let cutPath = folder.url("half.tar.gz")
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cutPath))
        let run = try BinaryRun.fairpack(["verify", cutPath])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("damaged"))
    }

    @Test("an archive holding a name twice fails, even when the second copy is the right one")
    func duplicateEntries() throws {
        let folder = try TemporaryFolder()
        let bagFolder = try Self.bag("bag", in: folder)
        let file = bagFolder + "/data/deposit.yaml"
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        try Data("tampered: yes\n".utf8).write(to: URL(fileURLWithPath: file))
        try Self.tool("/bin/tar", ["cf", "dup.tar", "bag"], in: folder.path)
        try original.write(to: URL(fileURLWithPath: file))
        try Self.tool("/bin/tar", ["rf", "dup.tar", "bag/data/deposit.yaml"], in: folder.path)
        let run = try BinaryRun.fairpack(["verify", folder.url("dup.tar")])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("data/deposit.yaml\n"), "\(run.stdout)")
        #expect(run.stdout.contains("The archive holds this name twice"), "\(run.stdout)")
        #expect(run.stdout.contains("[bundle.archive.damaged]"), "\(run.stdout)")
    }

    @Test("an unknown BagIt version and a non-UTF-8 encoding are reported")
    func versionAndEncoding() throws {
        let folder = try TemporaryFolder()
        let bagFolder = try Self.bag("bag", in: folder)
        try "BagIt-Version: 99.0\nTag-File-Character-Encoding: EBCDIC\n".write(toFile: bagFolder + "/bagit.txt", atomically: true, encoding: .utf8)
        for name in ["tagmanifest-sha256.txt", "tagmanifest-sha512.txt"] {
            try Self.edit(bagFolder + "/" + name) { $0.filter { !$0.hasSuffix(" bagit.txt") } }
        }
        let run = try BinaryRun.fairpack(["verify", bagFolder])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("BagIt-Version 99.0"), "\(run.stdout)")
        #expect(run.stdout.contains("EBCDIC"), "\(run.stdout)")
    }

    @Test("a bag with manifest-sha256 and only tagmanifest-sha512 verifies")
    func mixedManifests() throws {
        let folder = try TemporaryFolder()
        let bagFolder = try Self.bag("bag", in: folder)
        try FileManager.default.removeItem(atPath: bagFolder + "/manifest-sha512.txt")
        try FileManager.default.removeItem(atPath: bagFolder + "/tagmanifest-sha256.txt")
        try Self.edit(bagFolder + "/tagmanifest-sha512.txt") { $0.filter { !$0.hasSuffix(" manifest-sha512.txt") } }
        let run = try BinaryRun.fairpack(["verify", bagFolder])
        #expect(run.status == 0, "\(run.stdout)")
    }

    @Test("a crate metadata file over 64 MiB is read")
    func largeCrate() throws {
        let folder = try TemporaryFolder()
        let bagFolder = try Self.bag("bag", in: folder, digests: "sha256")
        let crate = bagFolder + "/data/ro-crate-metadata.json"
        var data = try Data(contentsOf: URL(fileURLWithPath: crate))
        let end = try #require(data.lastIndex(of: UInt8(ascii: "}")))
        data.removeSubrange(end...)
        data.append(Data(", \"padding\": \"".utf8))
        data.append(Data(repeating: UInt8(ascii: "a"), count: 70 << 20))
        data.append(Data("\"}\n".utf8))
        try data.write(to: URL(fileURLWithPath: crate))
        let digest = try Self.tool("/usr/bin/sha256sum", [crate], in: folder.path).prefix(64)
        try Self.edit(bagFolder + "/manifest-sha256.txt") { lines in
            lines.map { $0.hasSuffix(" data/ro-crate-metadata.json") ? "\(digest)  data/ro-crate-metadata.json" : $0 }
        }
        try Self.edit(bagFolder + "/bag-info.txt") { lines in
            lines.filter { !$0.hasPrefix("Payload-Oxum:") }
        }
        try FileManager.default.removeItem(atPath: bagFolder + "/tagmanifest-sha256.txt")
        let run = try BinaryRun.fairpack(["verify", bagFolder])
        #expect(run.status == 0, "\(run.stdout)")
    }

    @Test("a manifest name in NFC does not match a file named in NFD")
    func normalisation() throws {
        let folder = try TemporaryFolder()
        let deposit = folder.url("deposit")
        try FileManager.default.copyItem(atPath: BinaryRun.samples("gtnum-reve"), toPath: deposit)
        try Data("x".utf8).write(to: URL(fileURLWithPath: deposit + "/caf\u{E9}.txt"))
        let bagFolder = folder.url("bag")
        let pack = try BinaryRun.fairpack(["pack", deposit, "-o", bagFolder, "--force"])
        try #require(pack.status == 0, "\(pack.stderr)")
        #expect(try BinaryRun.fairpack(["verify", bagFolder]).status == 0)
        let nfc = bagFolder + "/data/caf\u{E9}.txt"
        let nfd = bagFolder + "/data/cafe\u{301}.txt"
        #expect(rename(nfc, nfd) == 0)
        let run = try BinaryRun.fairpack(["verify", bagFolder])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("Missing"), "\(run.stdout)")
    }

    @Test("a named pipe is refused at once with exit 2")
    func namedPipe() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.url("bag.zip")
        #expect(mkfifo(pipe, 0o600) == 0)
        // A verify that opens the pipe would wait forever: after 3 s, open and close the
        // writing end once so that it returns, and the time shows it waited.
        DispatchQueue.global().async {
            let end = Date().addingTimeInterval(13)
            usleep(3_000_000)
            while Date() < end {
                let fd = open(pipe, O_WRONLY | O_NONBLOCK)
                if fd >= 0 {
                    close(fd)
                    return
                }
                usleep(50_000)
            }
        }
        let start = Date()
        let run = try BinaryRun.fairpack(["verify", pipe])
        #expect(Date().timeIntervalSince(start) < 3, "verify waited on the pipe")
        #expect(run.status == 2)
        #expect(run.isOneErrorLine, "\(run.stderr)")
    }
}
