import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// Writes `ro-crate-metadata.json` (RO-Crate 1.2) for a deposit whose payload has been hashed.
///
/// The graph is flattened and compacted, with every reference as `{"@id": …}`: the metadata
/// descriptor, the root dataset, one File entity per payload file (contentSize,
/// encodingFormat with the PRONOM id where known, sha256, dateModified), then the contextual
/// entities sorted by `@id`: people (ORCID `@id`), organisations (ROR `@id`), the licence as a
/// CreativeWork (its SPDX URL), formats, funders, subjects and related works.
struct CrateWriter {
    let deposit: InspectedDeposit
    /// Payload files (paths relative to the deposit root, hence to `data/`) and their SHA-256.
    let files: [(entry: FileEntry, sha256: String)]
    /// The date of bagging, `YYYY-MM-DD`, used when deposit.yaml gives no date.
    let baggingDate: String
    /// The RO-Crate version written (1.2 or 1.3); `sha256` is a term of both contexts (not of 1.1's).
    var version: PackedCrateVersion = .v1_2

    private var metadata: DepositMetadata? { deposit.metadata }

    /// The JSON document, keys sorted, ending with a newline.
    func json() -> Data {
        var contextual = ContextualEntities()
        if let metadata { contextual.learnOrganizations(of: metadata) }
        var root: [String: Any] = [
            "@id": "./", "@type": "Dataset",
            "name": metadata?.title?.value ?? ArchiveFormat.bagName(forOutput: deposit.root),
            "description": metadata?.description?.value ?? metadata?.title?.value ?? "",
            "datePublished": datePublished,
            "hasPart": files.map { ["@id": Self.identifier(for: $0.entry.path)] },
        ]
        if let licence = metadata?.licence.flatMap({ contextual.licence($0.value) }) { root["license"] = ["@id": licence] }
        let authors = (metadata?.authors?.value ?? []).map { contextual.author($0.value) }
        if !authors.isEmpty { root["author"] = authors.map { ["@id": $0] } }
        // Only a `publisher:` the deposit names: no guess from the authors' organisations.
        if let publisher = metadata?.publisher.flatMap({ contextual.organization($0.value) }) {
            root["publisher"] = ["@id": publisher]
        }
        if let contact = metadata?.contact?.value {
            let people = (metadata?.authors?.value ?? []).map(\.value)
            root["maintainer"] = ["@id": contextual.contact(contact, authors: people)]
        }
        if let keywords = metadata?.keywords?.value.map(\.value), !keywords.isEmpty {
            root["keywords"] = keywords.joined(separator: ", ")
        }
        if let language = metadata?.language.flatMap({ LanguageCode($0.value) }) { root["inLanguage"] = language.code }
        let subjects = (metadata?.subjects?.value ?? []).map { contextual.subject($0.value) }
        if !subjects.isEmpty { root["about"] = subjects.map { ["@id": $0] } }
        let funders = (metadata?.funding ?? []).compactMap { contextual.funding($0.value) }
        if !funders.isEmpty {
            root["funder"] = funders.map { ["@id": $0.funder] }
            root["funding"] = funders.compactMap { $0.grant.map { ["@id": $0] } }
        }
        for related in metadata?.related ?? [] {
            guard let (id, isIdentifier) = contextual.related(related.value) else { continue }
            switch RelatedPlacement(relation: related.value.relation?.value, isIdentifier: isIdentifier) {
            case .root(let property): root[property] = (root[property] as? [[String: String]] ?? []) + [["@id": id]]
            case .inverse(let property): contextual.link(id, property, to: "./")
            }
        }
        root = root.filter { !(($0.value as? [Any])?.isEmpty ?? false) }

        let descriptor: [String: Any] = [
            "@id": "ro-crate-metadata.json", "@type": "CreativeWork",
            "about": ["@id": "./"], "conformsTo": ["@id": version.conformsTo],
        ]
        let fileEntities = files.map { fileEntity($0.entry, sha256: $0.sha256, contextual: &contextual) }
        var entities = [descriptor, root] + fileEntities + columnEntities + contextual.sorted
        if let existing = deposit.facts[ExistingCrate.fileName]?.existingCrate, let merge = CrateMerge(existing) {
            entities = merge.merge(entities, payload: Set(files.map(\.entry.path)))
        }
        let graph: [Any] = entities.map(Self.unpackingSingletons)
        let document: [String: Any] = ["@context": version.context, "@graph": graph]
        return Data(JSONWriter.text(document).utf8)
    }

    /// The columns the data dictionaries of payload files declare, as PropertyValue entities.
    private var columnEntities: [[String: Any]] {
        files.flatMap { file -> [[String: Any]] in
            guard let described = metadata?.files.first(where: { DepositPath.matches($0.value.path, file.entry.path) })?.value
            else { return [] }
            return CrateColumns.columns(of: described, path: file.entry.path)
        }
    }

    private var datePublished: String {
        let dates = metadata?.dates?.value
        for value in [dates?.published, dates?.updated, dates?.created] {
            if let value, let date = ISODate(value.value) { return date.description }
        }
        return baggingDate
    }

    private func fileEntity(_ entry: FileEntry, sha256: String, contextual: inout ContextualEntities) -> [String: Any] {
        let format = MediaType.format(of: entry, facts: deposit.facts[entry.path])
        var entity: [String: Any] = [
            "@id": Self.identifier(for: entry.path), "@type": "File",
            "name": entry.name, "contentSize": String(entry.size), "sha256": sha256,
            "dateModified": Self.timestamp(entry.modified),
        ]
        if let puid = format.puid {
            entity["encodingFormat"] = [format.mediaType, ["@id": contextual.format(puid, name: format.name)]] as [Any]
        } else {
            entity["encodingFormat"] = format.mediaType
        }
        if let described = metadata?.fileDescription(for: entry.path) {
            if let text = described.description?.value { entity["description"] = text }
            if let licence = described.licence.flatMap({ contextual.licence($0.value) }) { entity["license"] = ["@id": licence] }
            let columns = CrateColumns.columns(of: described, path: entry.path)
            if !columns.isEmpty { entity["variableMeasured"] = columns.map { ["@id": $0["@id"] ?? ""] } }
        }
        if let deliverable = metadata?.deliverable(for: entry.path) {
            if let title = deliverable.title?.value { entity["name"] = title }
            if let language = deliverable.language.flatMap({ LanguageCode($0.value) }) { entity["inLanguage"] = language.code }
            if let hal = deliverable.hal.flatMap({ HALId($0.value) }) { entity["identifier"] = hal.url }
            if let licence = deliverable.licence.flatMap({ contextual.licence($0.value) }) { entity["license"] = ["@id": licence] }
        }
        return entity
    }

    /// RO-Crate 1.2 asks for single values rather than one-element arrays.
    static func unpackingSingletons(_ entity: [String: Any]) -> [String: Any] {
        entity.mapValues { value in
            if let array = value as? [Any], array.count == 1, let only = array.first { return only }
            return value
        }
    }

    /// A payload path as an RO-Crate `@id`: relative, UTF-8 kept, with space, `%`, `#`, `?` escaped.
    static func identifier(for path: String) -> String {
        var result = ""
        for character in path {
            switch character {
            case " ": result += "%20"
            case "%": result += "%25"
            case "#": result += "%23"
            case "?": result += "%3F"
            default:
                if let ascii = character.asciiValue, ascii < 32 || ascii == 127 {
                    result += String(format: "%%%02X", ascii)
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// Seconds since 1970 as an ISO 8601 UTC timestamp (`2023-06-30T14:05:00Z`).
    static func timestamp(_ seconds: Double) -> String {
        var time = time_t(seconds.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
