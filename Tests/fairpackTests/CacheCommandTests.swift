import FairPackTestSupport
import Foundation
import Testing

/// `check` remembers digests in the user's cache folder; `--no-cache` neither reads nor writes it.
@Suite("check's digest cache")
struct CacheCommandTests {
    func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    func sha256s(_ run: BinaryRun) throws -> [String: String] {
        let files = try #require(try run.json()["files"] as? [[String: Any]])
        var result: [String: String] = [:]
        for file in files {
            if let path = file["path"] as? String, let digest = file["sha256"] as? String { result[path] = digest }
        }
        return result
    }

    @Test("a second check --checksums reports the same digests from the cache, which lives outside the deposit")
    func remembers() throws {
        let folder = try TemporaryFolder()
        let deposit = folder.url("gtnum-reve")
        try FileManager.default.copyItem(atPath: BinaryRun.samples("gtnum-reve"), toPath: deposit)
        let before = files(under: deposit)
        let environment = ["XDG_CACHE_HOME": folder.url("cache")]
        let arguments = ["check", deposit, "--format", "json", "--checksums"]
        let first = try BinaryRun.fairpack(arguments, environment: environment)
        let second = try BinaryRun.fairpack(arguments, environment: environment)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(try sha256s(first) == sha256s(second))
        #expect(try sha256s(first).count > 10)
        #expect(FileManager.default.fileExists(atPath: folder.url("cache/fairpack/digests.sqlite")))
        #expect(files(under: deposit) == before, "nothing is added to the deposit")
    }

    @Test("--no-cache writes no cache")
    func noCache() throws {
        let folder = try TemporaryFolder()
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json", "--checksums", "--no-cache"],
                                         environment: ["XDG_CACHE_HOME": folder.url("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try sha256s(run).count > 10)
        #expect(!FileManager.default.fileExists(atPath: folder.url("cache/fairpack")))
    }

    @Test("an unwritable cache folder is no error")
    func unwritable() throws {
        let folder = try TemporaryFolder()
        try folder.write("cache", "a file where the cache folder would go")
        let run = try BinaryRun.fairpack(["check", BinaryRun.samples("gtnum-reve"), "--format", "json", "--checksums"],
                                         environment: ["XDG_CACHE_HOME": folder.url("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try sha256s(run).count > 10)
    }
}
