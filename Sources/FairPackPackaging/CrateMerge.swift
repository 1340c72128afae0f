import FairPackInspection
import Foundation

/// Merges the RO-Crate a deposit already holds with the one `pack` writes.
///
/// What wins, entity by entity (same `@id`):
/// - the crate's entities are kept, with every property fairpack does not write;
/// - where both give a property, fairpack's value wins: it comes from deposit.yaml and from
///   the files as they are now (name, description, licence, dates, authors, `contentSize`,
///   `sha256`, `encodingFormat`, `dateModified`), except a File's `name`, where the crate's
///   (a person's words) is kept over the file name fairpack would write;
/// - `hasPart` is the union of both;
/// - the metadata descriptor is fairpack's;
/// - a File or Dataset entity for a path that is not in the payload is left out (the audit's
///   `metadata.crate` says so), and so are references to it.
/// The disagreements are reported by the `metadata.crate` check, never dropped silently.
struct CrateMerge {
    /// The existing crate's entities, in their order.
    let existing: [[String: Any]]

    /// Reads the existing crate; nil when it is not JSON-LD with an @graph.
    init?(_ crate: ExistingCrate) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(crate.bytes)) as? [String: Any],
              let graph = object["@graph"] as? [[String: Any]] else { return nil }
        existing = graph.filter { $0["@id"] is String }
    }

    /// The merged graph: fairpack's entities first (overlaid on the existing ones), then the
    /// existing entities fairpack does not write, sorted by `@id`.
    func merge(_ generated: [[String: Any]], payload: Set<String>) -> [[String: Any]] {
        var byID: [String: [String: Any]] = [:]
        for entity in existing {
            if let id = entity["@id"] as? String { byID[id] = entity }
        }
        let dropped = Set(byID.compactMap { id, entity in Self.isMissingData(id, entity, payload: payload) ? id : nil })
        var written = Set<String>()
        var merged: [[String: Any]] = []
        for entity in generated {
            guard let id = entity["@id"] as? String else { continue }
            written.insert(id)
            guard id != "ro-crate-metadata.json", var base = byID[id] else {
                merged.append(entity)
                continue
            }
            let keepsItsName = Self.types(base).contains("File") && base["name"] != nil
            for (key, value) in entity where key != "hasPart" && !(key == "name" && keepsItsName) { base[key] = value }
            if entity["hasPart"] != nil || base["hasPart"] != nil {
                base["hasPart"] = Self.union(base["hasPart"], entity["hasPart"], dropping: dropped)
            }
            merged.append(base)
        }
        let rest = byID.keys.filter { !written.contains($0) && !dropped.contains($0) }.sorted()
        merged += rest.compactMap { byID[$0] }.map { Self.removingReferences(to: dropped, in: $0) }
        return merged
    }

    private static func types(_ entity: [String: Any]) -> [String] {
        (entity["@type"] as? [String]) ?? [(entity["@type"] as? String) ?? ""]
    }

    /// A data entity whose local path is not in the payload.
    private static func isMissingData(_ id: String, _ entity: [String: Any], payload: Set<String>) -> Bool {
        guard id != "./", id != "ro-crate-metadata.json", !id.contains("://"), !id.hasPrefix("#") else { return false }
        let types = (entity["@type"] as? [String]) ?? [(entity["@type"] as? String) ?? ""]
        let path = id.removingPercentEncoding ?? id
        if types.contains("File") { return !payload.contains(path) }
        if types.contains("Dataset") {
            let folder = path.hasSuffix("/") ? path : path + "/"
            return !payload.contains { $0.hasPrefix(folder) }
        }
        return false
    }

    private static func references(_ value: Any?) -> [[String: Any]] {
        if let list = value as? [[String: Any]] { return list }
        if let one = value as? [String: Any] { return [one] }
        return []
    }

    private static func union(_ first: Any?, _ second: Any?, dropping dropped: Set<String>) -> [[String: Any]] {
        var seen = Set<String>()
        var result: [[String: Any]] = []
        for reference in references(second) + references(first) {
            guard let id = reference["@id"] as? String, !dropped.contains(id), seen.insert(id).inserted else { continue }
            result.append(["@id": id])
        }
        return result
    }

    private static func removingReferences(to dropped: Set<String>, in entity: [String: Any]) -> [String: Any] {
        guard !dropped.isEmpty else { return entity }
        var result = entity
        for (key, value) in entity {
            if let one = value as? [String: Any], let id = one["@id"] as? String, dropped.contains(id) {
                result[key] = nil
            } else if let list = value as? [Any] {
                result[key] = list.filter { item in
                    guard let reference = item as? [String: Any], let id = reference["@id"] as? String else { return true }
                    return !dropped.contains(id)
                }
            }
        }
        return result
    }
}
