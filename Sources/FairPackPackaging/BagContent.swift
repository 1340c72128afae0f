import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// A path in a bag, compared byte for byte as a tool that extracts the bag would: an NFD name
/// is not the NFC one (Swift's `String` equality would say they are).
struct ExactName: Hashable, Comparable {
    /// The path as text, for messages.
    let text: String
    private let bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    static func == (lhs: ExactName, rhs: ExactName) -> Bool { lhs.bytes == rhs.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
    static func < (lhs: ExactName, rhs: ExactName) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

/// What a bag holds, read once: the tag files' text, each payload file's size and digests,
/// and the entries that were refused (links, unsafe paths, duplicates).
struct BagContent {
    /// Files outside `data/` (bagit.txt, manifests, …) and the crate metadata, by path.
    var texts: [String: Data] = [:]
    /// Payload files (`data/…`): size and digests.
    var payload: [ExactName: BundleEntries.Record] = [:]
    /// Digests of the tag files.
    var tagDigests: [ExactName: [DigestAlgorithm: String]] = [:]
    /// Entries not read, and why.
    var refused: [(path: String, reason: String)] = []
    /// Damage found in the archive's structure (truncation, duplicate names); each fails the bag.
    var damage: [(path: String?, reason: String)] = []

    /// The largest tag file (or crate metadata) kept in memory: a quarter of the machine's
    /// memory, far above what any bag fairpack writes needs, and below what would exhaust it.
    static let textLimit = max(Int(min(ProcessInfo.processInfo.physicalMemory / 4, UInt64(Int.max))), 256 << 20)

    /// Reads a bag folder: tag files first, then each payload file once with the manifests' algorithms
    /// and `extra` ones (SHA-256 when the crate it holds states digests).
    static func folder(_ root: String, meter: ProgressMeter? = nil,
                       extra: (BagContent) -> [DigestAlgorithm] = { _ in [] }) throws(VerifyError) -> BagContent {
        var walk = FolderWalk(exclude: [])
        do { try walk.walk(root: root) } catch { throw .notABag(root) }
        var content = BagContent()
        let files = walk.entries.filter { $0.kind == .file }
        for entry in walk.entries where entry.kind != .file {
            content.refused.append((entry.path, entry.kind == .symlink ? "it is a symbolic link; links are not followed"
                                                                       : "it cannot be read"))
        }
        let crateFiles: Set<String> = ["data/ro-crate-metadata.json", "data/ro-crate-preview.html"]
        for entry in files where !entry.path.hasPrefix("data/") || crateFiles.contains(entry.path) {
            let data: [UInt8]
            do {
                let file = try SystemFile(beneath: root, path: entry.path)
                data = try file.readAll(limit: textLimit)
            } catch {
                content.refused.append((entry.path, "it cannot be read: \(error.reason)"))
                continue
            }
            content.texts[entry.path] = Data(data)
        }
        for entry in files where !entry.path.hasPrefix("data/") {
            if let data = content.texts[entry.path] {
                content.tagDigests[ExactName(entry.path)] = MultiDigest.of(data, DigestAlgorithm.allCases)
            }
        }
        let algorithms = content.manifestAlgorithms + extra(content).filter { !content.manifestAlgorithms.contains($0) }
        let reader = FileReader(factories: [DigestInspectorFactory(algorithms)])
        let buffer = ChunkBuffer()
        for entry in files where entry.path.hasPrefix("data/") {
            switch hash(entry, root: root, reader: reader, buffer: buffer, meter: meter) {
            case .success(let record): content.payload[ExactName(entry.path)] = record
            case .failure(let refusal): content.refused.append((entry.path, refusal.reason))
            }
        }
        return content
    }

    /// Why a file of a bag or crate folder could not be read.
    struct ReadRefusal: Error {
        let reason: String
    }

    /// Reads one file of a bag or crate folder with `reader` (its digest inspectors), counting it on
    /// `meter`: its size and digests, or why it could not be read.
    static func hash(_ entry: FileEntry, root: String, reader: FileReader, buffer: ChunkBuffer,
                     meter: ProgressMeter?) -> Result<BundleEntries.Record, ReadRefusal> {
        let facts = reader.read(entry, root: root, buffer: buffer, meter: meter)
        meter?.finishFile(size: entry.size, read: facts.bytesRead)
        if let error = facts.readError { return .failure(ReadRefusal(reason: error)) }
        return .success((facts.bytesRead, facts.digests))
    }

    /// Reads an archive in one pass, hashing every entry with every algorithm bags use; keeps the
    /// text of tag files and crate metadata. The single top folder a bag or crate sits in is stripped.
    static func archive(_ path: String, meter: ProgressMeter? = nil) throws(VerifyError) -> BundleEntries {
        let reader: ArchiveReader
        do {
            reader = try ArchiveReader(path: path)
        } catch {
            // libarchive recognised the format but could not read it: a damaged bag, not a wrong path.
            let unrecognised = error.message.localizedCaseInsensitiveContains("unrecognized archive format")
                || (FileStatus.of(path)?.size ?? 0) == 0
            throw unrecognised ? .notABag(path) : .unreadable(error.message)
        }
        var raw = BagContent()
        var kept: [ExactName: Data] = [:]
        var names: [ExactName] = []
        var readOrder: [String] = []
        var entries = 0
        do {
            try reader.forEachEntry { name, kind, _, read in
                entries += 1
                readOrder.append(name)
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
                let exact = ExactName(path)
                if raw.payload[exact] != nil {
                    raw.damage.append((path, "The archive holds this name twice; an extracting tool would keep only one copy."))
                }
                var digest = MultiDigest(DigestAlgorithm.allCases)
                var data = Data()
                var size: UInt64 = 0
                var overLimit = false
                let keep = BundleEntries.isKeptText(path)
                read { chunk in
                    digest.update(chunk)
                    meter?.advance(bytes: chunk.count)
                    size += UInt64(chunk.count)
                    guard keep, !overLimit else { return }
                    if data.count + chunk.count <= textLimit { data.append(contentsOf: chunk) } else { overLimit = true }
                }
                raw.payload[exact] = (size, digest.finish())
                meter?.finishFile(size: size, read: size)
                names.append(exact)
                if keep, !overLimit { kept[exact] = data }
                if overLimit { raw.refused.append((path, "it is larger than \(textLimit) bytes; it was not read as text")) }
            }
        } catch {
            throw .unreadable(error.message)
        }
        let tail = ZipTail.inspect(path, entriesRead: entries)
        if let problem = tail.problem { raw.damage.append((nil, problem)) }
        if let stored = tail.names { raw.renaming(readOrder, as: stored, kept: &kept) }
        return BundleEntries(archive: raw, kept: kept, entryNames: readOrder)
    }

    /// Puts back the names a zip stores: libarchive reads UTF-8 names as NFC, so an entry
    /// stored decomposed (NFD) would otherwise seem to match a manifest line it does not.
    /// Entries are matched in order, and only when the stored name is the same text.
    private mutating func renaming(_ read: [String], as stored: [String], kept: inout [ExactName: Data]) {
        guard read.count == stored.count else { return }
        for (seen, original) in zip(read, stored) where seen.utf8.elementsEqual(original.utf8) == false && seen == original {
            let trim = { (name: String) in name.hasPrefix("./") ? String(name.dropFirst(2)) : name }
            let from = ExactName(trim(seen))
            let to = ExactName(trim(original))
            if let value = payload.removeValue(forKey: from) { payload[to] = value }
            if let data = kept.removeValue(forKey: from) { kept[to] = data }
        }
    }

    /// The algorithms of the payload manifests present.
    var manifestAlgorithms: [DigestAlgorithm] {
        let found = DigestAlgorithm.allCases.filter { texts[$0.manifestName] != nil }
        return found.isEmpty ? [.sha256] : found
    }
}

/// Why a path cannot be verified at all.
public enum VerifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a folder, an archive or a metadata file, or holding neither `bagit.txt` nor `ro-crate-metadata.json` (exit 2).
    case notABag(String)
    /// Neither a regular file nor a folder (a pipe, a device): never opened (exit 2).
    case notAFile(String)
    /// Nothing is at the path, or it cannot be looked at (exit 2): the system's reason is given.
    case notFound(String, reason: String)
    /// The archive is damaged or cannot be read (exit 1: the bag fails).
    case unreadable(String)

    /// One sentence.
    public var description: String {
        switch self {
        case .notABag(let path): return "'\(path)' is neither a bag nor an RO-Crate (a folder, .zip, .eln, .tar or .tar.gz with bagit.txt or ro-crate-metadata.json, or a metadata file); give the path of one"
        case .notAFile(let path): return "'\(path)' is neither a regular file nor a folder; give the path of a bag folder or archive"
        case .unreadable(let message): return "the archive is damaged: \(message)"
        case .notFound(let path, let reason): return "'\(path)' cannot be verified: \(reason)"
        }
    }
}
