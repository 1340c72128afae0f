import Foundation

/// An RO-Crate metadata document (`ro-crate-metadata.json`), parsed but not yet judged.
///
/// Parsing never fails: bytes that are not a JSON object give a document whose `problem` says why,
/// so the validator can report it as a finding. Memory: the whole document is held as `CrateJSON`
/// values, a few times the size of the file (a 94 MB crate needs some hundreds of MB).
public struct CrateDocument: Sendable {
    /// Why the bytes could not be read as a JSON object, when they could not.
    public enum Problem: Sendable, Equatable {
        /// The bytes are not UTF-8 text.
        case notUTF8
        /// The text is not JSON; the message is the parser's.
        case notJSON(String)
        /// The JSON is valid but its top level is not an object.
        case notAnObject
    }

    /// One object of the `@graph` array, with its position in it.
    public struct Entity: Sendable {
        /// The position in `@graph`, for JSON pointers.
        public let index: Int
        /// The entity's members.
        public let members: [String: CrateJSON]

        /// The `@id`, when it is a string.
        public var id: String? { members["@id"]?.string }

        /// Every string of `@type`, whether given as a string or an array.
        public var types: [String] { members["@type"]?.values.compactMap(\.string) ?? [] }

        /// The JSON pointer of this entity, `/@graph/<index>`.
        public var pointer: String { "/@graph/\(index)" }

        /// Whether `@type` names `type`.
        public func hasType(_ type: String) -> Bool { types.contains(type) }

        /// The values of a property, as an array (empty when absent).
        public func values(_ property: String) -> [CrateJSON] { members[property]?.values ?? [] }

        /// The `@id`s referenced by a property.
        public func references(_ property: String) -> [String] { values(property).compactMap(\.referencedID) }
    }

    /// The top-level object, or nil when `problem` is set.
    public let top: [String: CrateJSON]?
    /// Why the bytes are not a JSON object, when they are not.
    public let problem: Problem?

    /// Parses the bytes of a metadata file.
    public init(data: Data) {
        let (top, problem) = Self.parse(data)
        self.top = top
        self.problem = problem
        entities = Self.graphEntities(top)
        firstByID = Self.index(entities)
    }

    private static func parse(_ data: Data) -> ([String: CrateJSON]?, Problem?) {
        guard String(data: data, encoding: .utf8) != nil else { return (nil, .notUTF8) }
        do {
            let parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            guard let members = parsed as? [String: Any] else { return (nil, .notAnObject) }
            return (members.mapValues(CrateJSON.init(foundation:)), nil)
        } catch {
            return (nil, .notJSON(error.localizedDescription))
        }
    }

    /// A document built from an already parsed top-level object (for tests and callers with their own parser).
    public init(top: [String: CrateJSON]) {
        self.top = top
        self.problem = nil
        entities = Self.graphEntities(top)
        firstByID = Self.index(entities)
    }

    /// The `@context` value, when present.
    public var context: CrateJSON? { top?["@context"] }

    /// The objects of `@graph`, in order; empty when `@graph` is missing or not an array.
    public let entities: [Entity]
    /// Position in `entities` of the first entity with each `@id`.
    private let firstByID: [String: Int]

    /// The first entity with this `@id`.
    public func entity(id: String) -> Entity? {
        firstByID[id].map { entities[$0] }
    }

    private static func graphEntities(_ top: [String: CrateJSON]?) -> [Entity] {
        guard case .array(let items)? = top?["@graph"] else { return [] }
        return items.enumerated().compactMap { index, item in
            item.object.map { Entity(index: index, members: $0) }
        }
    }

    private static func index(_ entities: [Entity]) -> [String: Int] {
        var firstByID: [String: Int] = [:]
        for (position, entity) in entities.enumerated() {
            if let id = entity.id, firstByID[id] == nil { firstByID[id] = position }
        }
        return firstByID
    }

    /// The metadata descriptor: the entity `ro-crate-metadata.json` (or the legacy `.jsonld`).
    public var descriptor: Entity? {
        entity(id: CrateVersion.descriptorID) ?? entity(id: CrateVersion.legacyDescriptorID)
    }

    /// The root data entity: the one the descriptor is `about`.
    public var root: Entity? {
        guard let about = descriptor?.references("about").first else { return nil }
        return entity(id: about)
    }

    /// The RO-Crate version the descriptor's `conformsTo` declares, when it names one.
    public var version: CrateVersion? {
        guard let descriptor else { return nil }
        let named = descriptor.values("conformsTo").compactMap { $0.referencedID ?? $0.string }
        return named.lazy.compactMap(CrateVersion.init(specification:)).first
    }
}
