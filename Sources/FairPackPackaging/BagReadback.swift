import FairPackBase
import FairPackDeposit
import Foundation

/// Reads back a bag just written, before it is renamed into place: its entries must be the
/// ones written, each once, with the sizes written. A bag that does not read back is never
/// handed over (exit 3).
///
/// libarchive hands names back in Unicode NFC, whatever bytes the archive holds, so names
/// are compared after that normalisation; the bytes themselves are written as they are in
/// the manifests (see ``ArchiveWriter``) and checked by `make interop` with Python and GNU tar.
enum BagReadback {
    /// Checks the archive or folder at `path` against `expected` (bag-relative path → size).
    static func check(_ path: String, format: ArchiveFormat?, top: String,
                      expected: [String: UInt64]) throws(PackError) {
        var found: [String: UInt64] = [:]
        var duplicates: [String] = []
        if format != nil {
            let reader: ArchiveReader
            do { reader = try ArchiveReader(path: path) } catch { throw .io("the bag written cannot be read back: \(error.message)") }
            do {
                try reader.forEachEntry { name, kind, size, _ throws(ArchiveError) in
                    guard kind == .file else { return }
                    let relative = name.hasPrefix(top + "/") ? String(name.dropFirst(top.count + 1)) : name
                    let key = relative.precomposedStringWithCanonicalMapping
                    if found.updateValue(UInt64(max(0, size)), forKey: key) != nil { duplicates.append(relative) }
                }
            } catch {
                throw .io("the bag written cannot be read back: \(error.message)")
            }
        } else {
            var walk = FolderWalk(exclude: [])
            do { try walk.walk(root: path) } catch { throw .io("the bag written cannot be read back: \(error.message)") }
            for entry in walk.entries where entry.kind == .file {
                if found.updateValue(entry.size, forKey: entry.path.precomposedStringWithCanonicalMapping) != nil {
                    duplicates.append(entry.path)
                }
            }
        }
        var wanted: [String: UInt64] = [:]
        for (name, size) in expected { wanted[name.precomposedStringWithCanonicalMapping] = size }
        if let name = duplicates.first {
            throw .io("the bag written holds \(name) twice; nothing was written")
        }
        if found != wanted {
            let missing = wanted.keys.filter { found[$0] == nil }.sorted()
            let extra = found.keys.filter { wanted[$0] == nil }.sorted()
            let resized = wanted.keys.filter { found[$0] != nil && found[$0] != wanted[$0] }.sorted()
            let detail = missing.first.map { "\($0) is missing" } ?? extra.first.map { "\($0) was not written by pack" }
                ?? resized.first.map { "\($0) has the wrong size" } ?? "its entries differ"
            throw .io("the bag written does not read back as written (\(detail)); nothing was written")
        }
    }
}
