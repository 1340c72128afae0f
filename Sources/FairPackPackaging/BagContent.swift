import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// What a bag holds, read once: the tag files' text, each payload file's size and digests,
/// and the entries that were refused (links, unsafe paths).
struct BagContent {
    /// Files outside `data/` (bagit.txt, manifests, …) and the crate metadata, by path.
    var texts: [String: Data] = [:]
    /// Payload files (`data/…`): size and digests.
    var payload: [String: (size: UInt64, digests: [DigestAlgorithm: String])] = [:]
    /// Digests of the tag files.
    var tagDigests: [String: [DigestAlgorithm: String]] = [:]
    /// Entries not read, and why.
    var refused: [(path: String, reason: String)] = []

    /// The largest tag file kept in memory.
    static let textLimit = 64 << 20

    /// Reads a bag folder: tag files first, then each payload file once with the manifests' algorithms.
    static func folder(_ root: String) throws(VerifyError) -> BagContent {
        var walk = FolderWalk(exclude: [])
        do { try walk.walk(root: root) } catch { throw .notABag(root) }
        var content = BagContent()
        let files = walk.entries.filter { $0.kind == .file }
        for entry in walk.entries where entry.kind != .file {
            content.refused.append((entry.path, entry.kind == .symlink ? "it is a symbolic link; links are not followed"
                                                                       : "it cannot be read"))
        }
        for entry in files where !entry.path.hasPrefix("data/") || entry.path == "data/ro-crate-metadata.json" {
            guard entry.size <= textLimit, let data = FileManager.default.contents(atPath: root + "/" + entry.path) else {
                content.refused.append((entry.path, "it cannot be read"))
                continue
            }
            if !entry.path.hasPrefix("data/") { content.texts[entry.path] = data }
            if entry.path == "data/ro-crate-metadata.json" { content.texts[entry.path] = data }
        }
        let algorithms = content.manifestAlgorithms
        for entry in files where !entry.path.hasPrefix("data/") {
            if let data = content.texts[entry.path] { content.tagDigests[entry.path] = MultiDigest.of(data, algorithms) }
        }
        let reader = FileReader(factories: [DigestInspectorFactory(algorithms)])
        let buffer = ChunkBuffer()
        for entry in files where entry.path.hasPrefix("data/") {
            let facts = reader.read(entry, root: root, buffer: buffer)
            if let error = facts.readError {
                content.refused.append((entry.path, error))
            } else {
                content.payload[entry.path] = (facts.bytesRead, facts.digests)
            }
        }
        return content
    }

    /// Reads a bag archive in one pass, hashing every entry with every algorithm bags use.
    static func archive(_ path: String) throws(VerifyError) -> BagContent {
        let reader: ArchiveReader
        do { reader = try ArchiveReader(path: path) } catch { throw .notABag(path) }
        var raw = BagContent()
        var kept: [String: Data] = [:]
        do {
            try reader.forEachEntry { name, kind, _, read in
                let path = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
                if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                    raw.refused.append((path, "its path leaves the bag; it was not read"))
                    return
                }
                switch kind {
                case .folder: return
                case .link:
                    raw.refused.append((path, "it is a link; links are not followed"))
                    return
                case .other:
                    raw.refused.append((path, "it is not a regular file"))
                    return
                case .file: break
                }
                var digest = MultiDigest(DigestAlgorithm.allCases)
                var data = Data()
                var size: UInt64 = 0
                let keep = !path.contains("/data/") && !path.hasPrefix("data/") || path.hasSuffix("data/ro-crate-metadata.json")
                read { chunk in
                    digest.update(chunk)
                    size += UInt64(chunk.count)
                    if keep, data.count + chunk.count <= textLimit { data.append(contentsOf: chunk) }
                }
                raw.payload[path] = (size, digest.finish())
                if keep { kept[path] = data }
            }
        } catch {
            throw .unreadable(error.message)
        }
        return raw.rooted(kept: kept)
    }

    /// Strips the single top folder an archive's bag sits in, and sorts entries into tag files and payload.
    private func rooted(kept: [String: Data]) -> BagContent {
        let tops = Set(payload.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
        let prefix = tops.count == 1 && payload["\(tops.first ?? "")/bagit.txt"] != nil ? (tops.first ?? "") + "/" : ""
        var content = BagContent(refused: refused)
        for (path, value) in payload {
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            if relative.hasPrefix("data/") {
                content.payload[relative] = value
            } else {
                content.tagDigests[relative] = value.digests
            }
            if let data = kept[path] { content.texts[relative] = data }
        }
        return content
    }

    /// The algorithms of the manifests present.
    var manifestAlgorithms: [DigestAlgorithm] {
        let found = DigestAlgorithm.allCases.filter { texts[$0.manifestName] != nil }
        return found.isEmpty ? [.sha256] : found
    }
}

/// Why a path cannot be verified at all.
public enum VerifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a folder, not an archive, or no `bagit.txt` (exit 2).
    case notABag(String)
    /// The archive is damaged or cannot be read (exit 1: the bag fails).
    case unreadable(String)

    /// One sentence.
    public var description: String {
        switch self {
        case .notABag(let path): return "'\(path)' is not a bag (a folder or a .zip/.tar/.tar.gz with bagit.txt)"
        case .unreadable(let message): return "the archive is damaged: \(message)"
        }
    }
}
