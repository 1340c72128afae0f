import Foundation
import Testing

@Suite("fairpack pack and verify")
struct PackCommandTests {
    func temporary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the sample packs in every form, and each verifies")
    func sample() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["gtnum-reve", "gtnum-reve.zip", "gtnum-reve.tar", "gtnum-reve.tgz"] {
            let output = folder.appendingPathComponent(name).path
            let pack = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", output])
            #expect(pack.status == 0, "\(pack.stdout)\(pack.stderr)")
            #expect(pack.stdout.hasPrefix("Wrote \(output)"))
            let verify = try BinaryRun.fairpack(["verify", output])
            #expect(verify.status == 0, "\(verify.stdout)")
            #expect(verify.stdout.contains("verifies"))
        }
    }

    @Test("a deposit with audit errors is refused with exit 1 and no output, unless --force")
    func refused() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.zip").path
        let run = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve-draft"), "-o", output])
        #expect(run.status == 1)
        #expect(run.isOneErrorLine, "\(run.stderr)")
        #expect(run.stderr.contains("--force"))
        #expect(run.stdout.contains("[metadata.subject]"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers.isEmpty, "\(leftovers)")
        let forced = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve-draft"), "-o", output, "--force"])
        #expect(forced.status == 0)
        #expect(try BinaryRun.fairpack(["verify", output]).status == 0)
    }

    @Test("--each packs the compliant deposits and names the others")
    func each() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("bags").path
        let run = try BinaryRun.fairpack(["pack", "--each", BinaryRun.packageRoot.appendingPathComponent("Samples").path,
                                          "-o", output, "--as", "zip"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("gtnum-reve-draft"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["gtnum-reve.zip"])
    }

    @Test("verify: exit 1 naming the damaged file, exit 2 for what is not a bag; pack never overwrites")
    func exits() throws {
        let folder = try temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bag = folder.appendingPathComponent("bag").path
        #expect(try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", bag]).status == 0)
        let again = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", bag])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        try Data("changed".utf8).write(to: URL(fileURLWithPath: bag + "/data/README.md"))
        let damaged = try BinaryRun.fairpack(["verify", bag])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("data/README.md\n"), "\(damaged.stdout)")
        #expect(damaged.stdout.contains("The sha256 digest does not match"), "\(damaged.stdout)")
        #expect(damaged.stdout.contains("[bag.file.digest]"), "\(damaged.stdout)")
        let notBag = try BinaryRun.fairpack(["verify", BinaryRun.samples("gtnum-reve")])
        #expect(notBag.status == 2)
        #expect(notBag.isOneErrorLine)
    }
}

@Suite("fairpack pack interrupted")
struct PackInterruptTests {
    @Test("Ctrl-C, SIGTERM and SIGHUP during a pack remove the temporary output, leave no bag and exit 130",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func interrupt(signal: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        let deposit = folder.appendingPathComponent("deposit")
        try FileManager.default.createDirectory(at: deposit, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: \"Enregistrements des entretiens\"\n".write(to: deposit.appendingPathComponent("deposit.yaml"),
                                                            atomically: true, encoding: .utf8)
        // A 2 GiB sparse file: long enough to be interrupted, no disk used.
        let big = deposit.appendingPathComponent("audio.wav").path
        try #require(FileManager.default.createFile(atPath: big, contents: nil))
        try #require(truncate(big, 2 << 30) == 0)
        let output = folder.appendingPathComponent("bag.tar").path
        let process = Process()
        process.executableURL = BinaryRun.binary
        process.arguments = ["pack", deposit.path, "-o", output, "--force"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var temporaryAppeared = false
        for _ in 0..<200 where !temporaryAppeared {
            usleep(50_000)
            temporaryAppeared = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains { $0.hasSuffix(".tmp") }
        }
        try #require(temporaryAppeared, "the pack never started writing")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(process.terminationReason == .exit, "the process exits, it does not die of the signal")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["deposit"], "\(left)")
    }
}

@Suite("fairpack pack on a full destination")
struct PackFullDestinationTests {
    @Test("past the file-size limit (ulimit -f), pack exits 3 naming the bag and the limit, and leaves nothing",
          arguments: ["bag.zip", "bag", "bag.tar.gz"])
    func fileSizeLimit(output: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        let deposit = folder.appendingPathComponent("deposit")
        try FileManager.default.createDirectory(at: deposit, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: \"Enregistrements des entretiens\"\n".utf8).write(to: deposit.appendingPathComponent("deposit.yaml"))
        // 4 MiB that do not compress, against a limit of 1 MiB per file written.
        let random = try #require(FileHandle(forReadingAtPath: "/dev/urandom"))
        try random.readData(ofLength: 4 << 20).write(to: deposit.appendingPathComponent("audio.wav"))
        let target = folder.appendingPathComponent(output).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "ulimit -f 1024; exec \"$0\" pack \"$1\" -o \"$2\" --force -q", BinaryRun.binary.path, deposit.path, target]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by a signal: \(stderr)")
        #expect(process.terminationStatus == 3, "\(stderr)")
        #expect(stderr.hasPrefix("fairpack: error: ") && stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(stderr.contains(target) && stderr.contains("file-size limit"), "\(stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["deposit"])
    }
}

@Suite("fairpack pack racing and recovering")
struct PackConcurrencyTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("two packs to the same output at once: one writes the bag, the other exits 2, and the bag verifies",
          arguments: ["bag.zip", "bag"])
    func twoAtOnce(output: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(output).path
        let runs = (0..<2).map { _ in
            let process = Process()
            process.executableURL = BinaryRun.binary
            process.arguments = ["pack", BinaryRun.samples("gtnum-reve"), "-o", target, "-q"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for run in runs { try run.run() }
        for run in runs { run.waitUntilExit() }
        #expect(runs.map(\.terminationStatus).sorted() == [0, 2])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [output], "no temporary output is left")
        #expect(try BinaryRun.fairpack(["verify", target]).status == 0)
    }

    @Test("a temporary output left by a killed pack is removed by the next pack to that output, which says so")
    func staleTemporary() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = folder.appendingPathComponent(".bag.zip.fairpack-\(ended.processIdentifier).tmp").path
        try Data("half a zip".utf8).write(to: URL(fileURLWithPath: stale))
        let other = folder.appendingPathComponent(".other.zip.fairpack-\(ended.processIdentifier).tmp").path
        try Data("another output's".utf8).write(to: URL(fileURLWithPath: other))
        let run = try BinaryRun.fairpack(["pack", BinaryRun.samples("gtnum-reve"), "-o", folder.appendingPathComponent("bag.zip").path, "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Removed \(stale), left by a pack that was killed."), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: other), "only temporary files of this output are touched")
    }
}
