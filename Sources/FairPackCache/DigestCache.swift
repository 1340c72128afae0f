import FairPackBase
import FairPackInspection
import Foundation
import GRDB

/// Digests of a deposit's files remembered between runs, in an SQLite database in the user's
/// cache folder (never in the deposit), keyed by path, size, modification time, inode and
/// status-change time.
///
/// The "racy" case is handled as git handles its index: a file whose modification time is
/// not strictly before the second in which its digests were written could have been written
/// again since without changing its key, so it is always read again. A database written by
/// another version of fairpack, or with another layout, is emptied and rebuilt. Every failure
/// (an unwritable folder, a locked or damaged database) leaves the run without a cache, never
/// with an error.
public final class DigestCache: DigestMemory {
    /// The layout of the database; a change empties caches written with another.
    static let schema = 1
    /// The file's name in the cache folder.
    public static let fileName = "digests.sqlite"

    private let queue: DatabaseQueue
    private let root: String
    private let known: [String: RememberedFile]
    private let pending = Locked<[(FileKey, [DigestAlgorithm: String])]>([])
    private let clock: @Sendable () -> Int64

    /// The cache for the deposit at `root`, in `folder` (default ``defaultFolder(environment:)``),
    /// or nil when there is no usable cache folder or database.
    ///
    /// `clock` gives the current time in seconds; tests may pass their own.
    public static func open(root: String, folder: String? = nil,
                            clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }) -> DigestCache? {
        guard let folder = folder ?? defaultFolder(environment: ProcessInfo.processInfo.environment) else { return nil }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(2)
            configuration.label = "fairpack digests"
            let queue = try DatabaseQueue(path: (folder as NSString).appendingPathComponent(fileName),
                                          configuration: configuration)
            let canonical = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
            let known = try queue.write { db in
                try prepare(db)
                return try load(db, root: canonical)
            }
            return DigestCache(queue: queue, root: canonical, known: known, clock: clock)
        } catch {
            return nil
        }
    }

    /// `$XDG_CACHE_HOME/fairpack` when that is an absolute path, else `~/.cache/fairpack`; nil
    /// without a home folder.
    public static func defaultFolder(environment: [String: String]) -> String? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return (base as NSString).appendingPathComponent("fairpack")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return (home as NSString).appendingPathComponent(".cache/fairpack")
    }

    private init(queue: DatabaseQueue, root: String, known: [String: RememberedFile], clock: @escaping @Sendable () -> Int64) {
        self.queue = queue
        self.root = root
        self.known = known
        self.clock = clock
    }

    /// The digests remembered for `key` when its stored key is identical and the file was
    /// last modified before the second in which they were written.
    public func recall(_ key: FileKey) -> [DigestAlgorithm: String]? {
        guard let file = known[key.path], file.key == key,
              floorSeconds(key.modified) < file.writtenAt else { return nil }
        return file.digests
    }

    /// Keeps `digests` for `key` until ``flush()``.
    public func remember(_ key: FileKey, digests: [DigestAlgorithm: String]) {
        pending.withLock { $0.append((key, digests)) }
    }

    /// Writes what was remembered in one transaction, stamped with the current second.
    public func flush() {
        let batch = pending.withLock { batch in
            defer { batch = [] }
            return batch
        }
        guard !batch.isEmpty else { return }
        let root = root
        let now = clock()
        do {
            try queue.write { db in
                let statement = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO file (root, path, size, modified, inode, status_changed, written_at, md5, sha1, sha256, sha512)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (key, digests) in batch {
                    try statement.execute(arguments: [
                        root, key.path, Int64(bitPattern: key.size), key.modified, Int64(bitPattern: key.inode),
                        key.statusChanged, now, digests[.md5], digests[.sha1], digests[.sha256], digests[.sha512],
                    ])
                }
            }
        } catch {
            return
        }
    }

    /// Rewrites the stamp of the database at `path`, as another version would have left it.
    static func stamp(_ path: String, as value: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE about SET value = ? WHERE name = 'written-by'", arguments: [value])
        }
    }

    /// Creates the tables, or empties them when another schema or version wrote them.
    private static func prepare(_ db: Database) throws {
        let stamp = "\(schema) \(FairPackVersion.current)"
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS about (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let written = try String.fetchOne(db, sql: "SELECT value FROM about WHERE name = 'written-by'")
        if written != stamp {
            try db.execute(sql: "DROP TABLE IF EXISTS file")
            try db.execute(sql: "INSERT OR REPLACE INTO about (name, value) VALUES ('written-by', ?)", arguments: [stamp])
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS file (
                root TEXT NOT NULL, path TEXT NOT NULL,
                size INTEGER NOT NULL, modified INTEGER NOT NULL, inode INTEGER NOT NULL, status_changed INTEGER NOT NULL,
                written_at INTEGER NOT NULL,
                md5 TEXT, sha1 TEXT, sha256 TEXT, sha512 TEXT,
                PRIMARY KEY (root, path)
            ) WITHOUT ROWID
            """)
    }

    /// Every file remembered under `root`.
    private static func load(_ db: Database, root: String) throws -> [String: RememberedFile] {
        var known: [String: RememberedFile] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT path, size, modified, inode, status_changed, written_at, md5, sha1, sha256, sha512
            FROM file WHERE root = ?
            """, arguments: [root])
        while let row = try rows.next() {
            let path: String = row[0]
            let key = FileKey(path: path, size: UInt64(bitPattern: row[1]), modified: row[2],
                              inode: UInt64(bitPattern: row[3]), statusChanged: row[4])
            var digests: [DigestAlgorithm: String] = [:]
            for (index, algorithm) in [DigestAlgorithm.md5, .sha1, .sha256, .sha512].enumerated() {
                if let hex: String = row[6 + index] { digests[algorithm] = hex }
            }
            known[path] = RememberedFile(key: key, writtenAt: row[5], digests: digests)
        }
        return known
    }

    private func floorSeconds(_ nanoseconds: Int64) -> Int64 {
        nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
    }
}

/// One file as the cache remembers it.
private struct RememberedFile: Sendable {
    var key: FileKey
    /// The second in which the digests were written.
    var writtenAt: Int64
    var digests: [DigestAlgorithm: String]
}
