import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackHashing
import FairPackCrates
import Foundation

/// Reads a bundle's files once: a folder holding a bag or a crate, or a metadata file alone.
enum BundleReading {
    /// The bytes a detached metadata file may have: the same bound as a bag's tag files.
    static let metadataLimit = BagContent.textLimit

    /// Reads a bag folder or a crate folder. A bag's payload is hashed with its manifests'
    /// algorithms (and SHA-256 when its crate states digests); a crate's files are hashed only
    /// when its metadata states their `sha256`, and wrapped bags are read as bags.
    static func folder(_ root: String, meter: ProgressMeter? = nil) throws(VerifyError) -> BundleEntries {
        var walk = FolderWalk(exclude: [])
        do { try walk.walk(root: root) } catch { throw .notABag(root) }
        let names = Set(walk.entries.filter { $0.kind == .file }.map(\.path))
        if names.contains("bagit.txt") {
            let bag = try BagContent.folder(root, meter: meter) { content in
                Self.statesSHA256(content.texts["data/\(CrateVersion.descriptorID)"]) ? [.sha256] : []
            }
            return BundleEntries(bag: bag)
        }
        guard names.contains(CrateVersion.descriptorID) else { throw .notABag(root) }
        return crateFolder(root, walk: walk.entries, names: names, meter: meter)
    }

    /// Whether metadata bytes mention `sha256` at all: a cheap test before hashing a whole payload.
    static func statesSHA256(_ data: Data?) -> Bool {
        guard let data else { return false }
        return data.range(of: Data("\"sha256\"".utf8)) != nil
    }

    private static func crateFolder(_ root: String, walk: [FileEntry], names: Set<String>, meter: ProgressMeter?) -> BundleEntries {
        var entries = BundleEntries()
        var hashed = Set<String>()
        do {
            let data = Data(try SystemFile(beneath: root, path: CrateVersion.descriptorID).readAll(limit: BagContent.textLimit))
            entries.texts[CrateVersion.descriptorID] = data
            if statesSHA256(data) { hashed = CrateDocument(data: data).pathsWithSHA256 }
        } catch {
            entries.refused.append((CrateVersion.descriptorID, "it cannot be read: \(error.reason)"))
        }
        if names.contains("ro-crate-preview.html"),
           let html = try? SystemFile(beneath: root, path: "ro-crate-preview.html").readAll(limit: BagContent.textLimit) {
            entries.texts["ro-crate-preview.html"] = Data(html)
        }
        let wrapped = names.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count == 2 && parts[1] == "bagit.txt" ? String(parts[0]) + "/" : nil
        }.sorted()
        for prefix in wrapped {
            let wantsSHA256 = hashed.contains { $0.hasPrefix(prefix) }
            do {
                let bag = try BagContent.folder(root + "/" + prefix.dropLast(), meter: meter) { _ in wantsSHA256 ? [.sha256] : [] }
                entries.add(bag, prefix: prefix)
            } catch {
                entries.refused.append((prefix, "it cannot be read as a bag"))
            }
        }
        let reader = FileReader(factories: [DigestInspectorFactory([.sha256])])
        let buffer = ChunkBuffer()
        for entry in walk where !wrapped.contains(where: { entry.path.hasPrefix($0) }) {
            guard entry.kind == .file else {
                entries.refused.append((entry.path, entry.kind == .symlink ? "it is a symbolic link; links are not followed"
                                                                          : "it cannot be read"))
                continue
            }
            guard hashed.contains(entry.path) else {
                entries.files[ExactName(entry.path)] = (entry.size, [:])
                continue
            }
            switch BagContent.hash(entry, root: root, reader: reader, buffer: buffer, meter: meter) {
            case .success(let record): entries.files[ExactName(entry.path)] = record
            case .failure(let refusal): entries.refused.append((entry.path, refusal.reason))
            }
        }
        return entries
    }

    /// The bytes of a file that is a metadata document alone (its first byte, after spaces and a
    /// byte order mark, is `{`), or nil for any other file.
    static func detachedMetadata(_ path: String) throws(VerifyError) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .notABag(path) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) }).first == UInt8(ascii: "{") else { return nil }
        var data = head
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            if data.count > metadataLimit { throw .unreadable("the metadata file is larger than \(metadataLimit) bytes") }
        }
        return data
    }
}
