import Foundation
import Testing

/// Names the system allows and a bag cannot always hold: refused up front, or packed whole.
@Suite("Names that are not UTF-8 and paths past PATH_MAX")
struct AwkwardPathTests {
    /// A copy of the sample in a fresh folder, removed by the caller.
    static func sampleCopy() throws -> (folder: String, deposit: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let deposit = folder + "/deposit"
        try FileManager.default.copyItem(atPath: BinaryRun.samples("gtnum-reve"), toPath: deposit)
        return (folder, deposit)
    }

    /// Removes a tree whose paths pass PATH_MAX, which FileManager cannot (GNU rm walks relative to each folder).
    static func removeDeep(_ path: String) {
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", path]
        try? rm.run()
        rm.waitUntilExit()
    }

    @Test("a Latin-1 file name: check reports the name and no false read error; pack, even forced, refuses before writing")
    func latin1Name() throws {
        let (folder, deposit) = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = Array((deposit + "/data/caf").utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        try #require(descriptor >= 0)
        _ = "a,b\n1,2\n".withCString { write(descriptor, $0, 8) }
        close(descriptor)
        let check = try BinaryRun.fairpack(["check", deposit, "--format", "json", "--profile", "fair-core"])
        #expect(check.status == 1)
        let findings = try #require(try check.json()["findings"] as? [[String: Any]])
        let onIt = findings.filter { ($0["path"] as? String)?.hasPrefix("data/caf") == true }.compactMap { $0["rule"] as? String }
        #expect(onIt == ["files.name.portable"], "\(findings)")
        let output = folder + "/bag.zip"
        let pack = try BinaryRun.fairpack(["pack", deposit, "-o", output, "--force", "-q"])
        #expect(pack.status == 2, "\(pack.stderr)")
        #expect(pack.stderr.contains("not UTF-8") && pack.stderr.contains("convmv"), "\(pack.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deposit"])
    }

    @Test("a path longer than PATH_MAX packs whole into a zip that verifies; a bag folder, which could not hold it, is refused up front")
    func pastPathMax() throws {
        let (folder, deposit) = try Self.sampleCopy()
        defer { Self.removeDeep(folder) }
        // 22 folders of 200 characters: 4,400 bytes, made one level at a time (each mkdir is relative).
        var parent = open(deposit + "/data", O_RDONLY | O_DIRECTORY)
        let level = String(repeating: "d", count: 200)
        for _ in 0..<22 {
            try #require(mkdirat(parent, level, 0o755) == 0)
            let child = openat(parent, level, O_RDONLY | O_DIRECTORY)
            close(parent)
            parent = child
        }
        let file = openat(parent, "deep.csv", O_WRONLY | O_CREAT, 0o644)
        _ = "a,b\n1,2\n".withCString { write(file, $0, 8) }
        close(file)
        close(parent)
        let zip = folder + "/bag.zip"
        let packed = try BinaryRun.fairpack(["pack", deposit, "-o", zip, "--force", "-q"])
        #expect(packed.status == 0, "\(packed.stderr)")
        #expect(try BinaryRun.fairpack(["verify", zip]).status == 0)
        let bagFolder = folder + "/bag"
        let refused = try BinaryRun.fairpack(["pack", deposit, "-o", bagFolder, "--force", "-q"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("longer than the system allows") && refused.stderr.contains(".zip"))
        #expect(!FileManager.default.fileExists(atPath: bagFolder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["bag.zip", "deposit"])
    }

    @Test("verify of a path that does not exist says so, exit 2")
    func verifyMissing() throws {
        let run = try BinaryRun.fairpack(["verify", "/nonexistent/bag.zip"])
        #expect(run.status == 2)
        #expect(run.isOneErrorLine && run.stderr.contains("No such file or directory"), "\(run.stderr)")
    }
}
