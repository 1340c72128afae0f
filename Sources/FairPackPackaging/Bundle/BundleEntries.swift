import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackHashing
import Foundation

/// Every file of a bundle (bag, crate, or both), read once: size and the digests computed, the
/// text of tag files and crate metadata, and what was refused or found damaged. Paths are
/// relative to the bundle's root: an archive's single top folder is already stripped.
struct BundleEntries {
    /// A file's size and the digests its one read computed.
    typealias Record = (size: UInt64, digests: [DigestAlgorithm: String])

    /// Every regular file, by exact path.
    var files: [ExactName: Record] = [:]
    /// The text of tag files and crate metadata, by path.
    var texts: [String: Data] = [:]
    /// Entries not read, and why.
    var refused: [(path: String, reason: String)] = []
    /// Damage found in an archive's structure.
    var damage: [(path: String?, reason: String)] = []
    /// The archive's single top folder, when the bundle sat in one.
    var top: String?
    /// The archive's entry names as stored (nil for a folder).
    var entryNames: [String]?

    /// The files kept as text while an archive is read: tag files and crate metadata, wherever they are.
    static func isKeptText(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "ro-crate-metadata.json" || name == "ro-crate-preview.html" || name == "bagit.txt" || name == "bag-info.txt" || name == "fetch.txt" { return true }
        return (name.hasPrefix("manifest-") || name.hasPrefix("tagmanifest-")) && name.hasSuffix(".txt")
    }

    /// Whether a file is at this path.
    func has(_ path: String) -> Bool { files[ExactName(path)] != nil }

    /// An archive's entries: the single top folder is stripped when it holds a bag or a crate
    /// and the archive's root holds neither.
    init(archive raw: BagContent, kept: [ExactName: Data], entryNames: [String]) {
        self.entryNames = entryNames
        refused = raw.refused
        damage = raw.damage
        let marks = ["bagit.txt", "ro-crate-metadata.json"]
        let tops = Set(raw.payload.keys.compactMap { $0.text.split(separator: "/").first.map(String.init) })
        let atRoot = marks.contains { raw.payload[ExactName($0)] != nil }
        var prefix = ""
        if !atRoot, tops.count == 1, let only = tops.first, marks.contains(where: { raw.payload[ExactName("\(only)/\($0)")] != nil }) {
            prefix = only + "/"
            top = only
        }
        for (path, value) in raw.payload {
            let relative = path.text.hasPrefix(prefix) ? String(path.text.dropFirst(prefix.count)) : path.text
            files[ExactName(relative)] = value
            if let data = kept[path] { texts[relative] = data }
        }
        refused = refused.map { (Self.strip($0.path, prefix), $0.reason) }
        damage = damage.map { ($0.path.map { Self.strip($0, prefix) }, $0.reason) }
    }

    /// A bag folder's content, with `prefix` (`bag1/`) before each path.
    init(bag: BagContent, prefix: String = "") {
        add(bag, prefix: prefix)
    }

    /// Empty entries, filled by the crate folder reader.
    init() {}

    /// Adds a bag folder's content under `prefix`.
    mutating func add(_ bag: BagContent, prefix: String) {
        for (path, value) in bag.payload { files[ExactName(prefix + path.text)] = value }
        for (path, digests) in bag.tagDigests {
            files[ExactName(prefix + path.text)] = (UInt64(bag.texts[path.text]?.count ?? 0), digests)
        }
        for (path, data) in bag.texts { texts[prefix + path] = data }
        refused += bag.refused.map { (prefix + $0.path, $0.reason) }
        damage += bag.damage.map { ($0.path.map { prefix + $0 }, $0.reason) }
    }

    private static func strip(_ path: String, _ prefix: String) -> String {
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The bag whose `bagit.txt` is at `prefix` (`""` or `bag1/`), paths relative to it.
    func bag(at prefix: String) -> BagContent {
        var content = BagContent()
        for (path, value) in files where path.text.hasPrefix(prefix) {
            let relative = String(path.text.dropFirst(prefix.count))
            if relative.hasPrefix("data/") {
                content.payload[ExactName(relative)] = value
            } else {
                content.tagDigests[ExactName(relative)] = value.digests
            }
        }
        for (path, data) in texts where path.hasPrefix(prefix) { content.texts[String(path.dropFirst(prefix.count))] = data }
        content.refused = refused.filter { $0.path.hasPrefix(prefix) }.map { (String($0.path.dropFirst(prefix.count)), $0.reason) }
        content.damage = damage.filter { ($0.path ?? "").hasPrefix(prefix) || (prefix.isEmpty && $0.path == nil) }
            .map { ($0.path.map { String($0.dropFirst(prefix.count)) }, $0.reason) }
        return content
    }

    /// The folders directly under the root that hold a `bagit.txt` (bags an RO-Crate wraps), as `name/`.
    var wrappedBags: [String] {
        files.keys.compactMap { path -> String? in
            let parts = path.text.split(separator: "/")
            return parts.count == 2 && parts[1] == "bagit.txt" ? String(parts[0]) + "/" : nil
        }.sorted()
    }
}
