import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackCache
@testable import FairPackDeposit
@testable import FairPackHashing
@testable import FairPackInspection
import Foundation
import Testing

/// The digest cache: a second read of an unchanged deposit reads nothing, and every way a
/// file can change (or could have changed unseen) makes it read again.
@Suite("The digest cache")
struct DigestCacheTests {
    /// A deposit of a few real-shaped files, all modified an hour ago (so none is "racy").
    final class Fixture {
        let folder: TemporaryFolder
        let root: String
        let cacheFolder: String

        init() throws {
            folder = try TemporaryFolder()
            root = folder.url("deposit")
            cacheFolder = folder.url("cache/fairpack")
            try folder.write("deposit/data/observations.csv", "station,date,temperature_c\nPoitiers,2023-05-01,14.2\nRennes,2023-05-01,12.8\n")
            try folder.write("deposit/data/notes.txt", String(repeating: "Relevé manuel, station de Poitiers.\n", count: 2000))
            try folder.write("deposit/README.md", "# Observations\n\nDonnées de température, 2023.\n")
            for path in ["data/observations.csv", "data/notes.txt", "README.md"] { try age(path, seconds: 3600) }
        }

        var path: [String] { ["data/observations.csv", "data/notes.txt", "README.md"] }

        /// Sets the file's modification time `seconds` in the past.
        func age(_ path: String, seconds: Int) throws {
            let date = Date(timeIntervalSinceNow: -Double(seconds))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: root + "/" + path)
        }

        /// One check's read: the facts by path, with the cache when `cached`.
        func read(cached: Bool = true, algorithms: [DigestAlgorithm] = [.sha256],
                  clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }) throws -> [String: FileFacts] {
            let memory = cached ? DigestCache.open(root: root, folder: cacheFolder, clock: clock) : nil
            if cached { try #require(memory != nil, "the cache opens in a writable folder") }
            let deposit = try Deposit.open(at: root)
            return FileReader(factories: [DigestInspectorFactory(algorithms)], memory: memory).inspect(deposit)
        }
    }

    /// The digest of `text`, computed here without the reader.
    func sha256(_ text: String) -> String? {
        MultiDigest.of(Data(text.utf8), [.sha256])[.sha256]
    }

    @Test("a second read of an unchanged deposit reads no byte and gives the same digests")
    func unchanged() throws {
        let fixture = try Fixture()
        let first = try fixture.read()
        #expect(first.values.allSatisfy { $0.bytesRead > 0 })
        let second = try fixture.read()
        for path in fixture.path {
            #expect(second[path]?.bytesRead == 0, "\(path) was read again")
            #expect(second[path]?.digests == first[path]?.digests)
            #expect(second[path]?.digests[.sha256]?.count == 64)
        }
        #expect(FileManager.default.fileExists(atPath: fixture.cacheFolder + "/" + DigestCache.fileName))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/" + DigestCache.fileName), "nothing is written in the deposit")
    }

    @Test("a changed file is read again and gets its new digest; the others are not read")
    func changedFile() throws {
        let fixture = try Fixture()
        _ = try fixture.read()
        let text = "station,date,temperature_c\nPoitiers,2023-05-01,14.9\nRennes,2023-05-01,12.8\n"
        try fixture.folder.write("deposit/data/observations.csv", text)
        try fixture.age("data/observations.csv", seconds: 1800)
        let second = try fixture.read()
        #expect(second["data/observations.csv"]?.bytesRead == UInt64(text.utf8.count))
        #expect(second["data/observations.csv"]?.digests[.sha256] == sha256(text))
        #expect(second["data/notes.txt"]?.bytesRead == 0)
    }

    @Test("a file modified in the same second as the cache was written is read again, as git's index does")
    func racyFile() throws {
        let fixture = try Fixture()
        // The file is modified "now"; the cache is written in that same second (the clock is
        // pinned to the file's own second, as if the write and the check had raced).
        try fixture.folder.write("deposit/README.md", "# Observations\n\nDonnées de température, mai 2023.\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.root + "/README.md")
        let modified = try #require(attributes[.modificationDate] as? Date)
        let sameSecond = Int64(modified.timeIntervalSince1970.rounded(.down))
        _ = try fixture.read(clock: { sameSecond })
        let second = try fixture.read(clock: { sameSecond })
        #expect(second["README.md"]?.bytesRead ?? 0 > 0, "a racy file is never taken from the cache")
        #expect(second["data/notes.txt"]?.bytesRead == 0, "files modified well before are")
        // Once written a second later, the same file is trusted.
        _ = try fixture.read(clock: { sameSecond + 1 })
        let fourth = try fixture.read(clock: { sameSecond + 1 })
        #expect(fourth["README.md"]?.bytesRead == 0)
    }

    @Test("a deleted cache is rebuilt: everything is read once, then nothing")
    func deletedCache() throws {
        let fixture = try Fixture()
        _ = try fixture.read()
        try FileManager.default.removeItem(atPath: fixture.cacheFolder)
        let second = try fixture.read()
        #expect(second.values.allSatisfy { $0.bytesRead > 0 })
        let third = try fixture.read()
        #expect(third.values.allSatisfy { $0.bytesRead == 0 })
    }

    @Test("a cache written by another version of fairpack is ignored and rebuilt")
    func otherVersion() throws {
        let fixture = try Fixture()
        _ = try fixture.read()
        let database = fixture.cacheFolder + "/" + DigestCache.fileName
        try DigestCache.stamp(database, as: "\(DigestCache.schema) 0.0.1-other")
        let second = try fixture.read()
        #expect(second.values.allSatisfy { $0.bytesRead > 0 })
        let third = try fixture.read()
        #expect(third.values.allSatisfy { $0.bytesRead == 0 })
    }

    @Test("without the cache every byte is read, every time")
    func noCache() throws {
        let fixture = try Fixture()
        _ = try fixture.read()
        let uncached = try fixture.read(cached: false)
        for path in fixture.path {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: fixture.root + "/" + path)[.size] as? Int)
            #expect(uncached[path]?.bytesRead == UInt64(size))
        }
    }

    @Test("digests of another algorithm than those remembered are computed by reading")
    func otherAlgorithm() throws {
        let fixture = try Fixture()
        _ = try fixture.read(algorithms: [.sha256])
        let second = try fixture.read(algorithms: [.sha256, .sha512])
        #expect(second.values.allSatisfy { $0.bytesRead > 0 && $0.digests[.sha512]?.count == 128 })
    }

    @Test("an unwritable cache folder means no cache, not an error")
    func unwritable() throws {
        let folder = try TemporaryFolder()
        try folder.write("blocker", "a file where the cache folder would go")
        #expect(DigestCache.open(root: folder.path, folder: folder.url("blocker/fairpack")) == nil)
    }

    @Test("the cache folder is $XDG_CACHE_HOME/fairpack, else ~/.cache/fairpack")
    func folder() {
        #expect(DigestCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/var/cache/u", "HOME": "/home/u"]) == "/var/cache/u/fairpack")
        #expect(DigestCache.defaultFolder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.cache/fairpack")
        #expect(DigestCache.defaultFolder(environment: [:]) == nil)
    }
}
