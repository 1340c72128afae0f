import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import Foundation

/// Every profile fairpack can find: the built-in ones, those in `--profile-path` folders,
/// and those in the deposit's `.fairpack/profiles/`. Ids and aliases must be unique across
/// all of them, so a local copy never shadows a shipped profile without notice.
public struct ProfileCatalog: Sendable {
    /// Profiles by id.
    public private(set) var documents: [String: ProfileDocument] = [:]
    private var aliases: [String: String] = [:]

    /// The folder of a deposit that holds its own profiles.
    public static let depositFolder = ".fairpack/profiles"

    /// An empty catalogue.
    public init() {}

    /// Loads the built-in profiles, then each folder of `searchPaths`, then the deposit's own.
    public static func load(searchPaths: [String] = [], depositRoot: String? = nil) throws(ConfigurationError) -> ProfileCatalog {
        var catalog = ProfileCatalog()
        for shipped in ShippedProfiles.files {
            try catalog.add(try ProfileDocument.parse(shipped.text, file: "built-in profile " + shipped.name))
        }
        for path in searchPaths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ConfigurationError("the profile folder '\(path)' does not exist")
            }
            try catalog.addFolder(path, shownAs: nil)
        }
        if let depositRoot {
            let local = (depositRoot as NSString).appendingPathComponent(depositFolder)
            if FileManager.default.fileExists(atPath: local) { try catalog.addFolder(local, shownAs: nil, fromDeposit: true) }
        }
        return catalog
    }

    /// Every profile, sorted by id.
    public var all: [ProfileDocument] { documents.values.sorted { $0.id < $1.id } }

    /// The profile with this id or alias.
    public func document(named name: String) -> ProfileDocument? {
        documents[name] ?? aliases[name].flatMap { documents[$0] }
    }

    /// Adds one profile; an id or alias already taken is an error.
    public mutating func add(_ new: ProfileDocument) throws(ConfigurationError) {
        let document = new
        for name in [document.id] + document.aliases {
            if let other = self.document(named: name) {
                throw ConfigurationError("the profile name '\(name)' is already used by \(other.file); give this profile another id (it can `extends: [\(other.id)]`)",
                                         file: document.file)
            }
        }
        documents[document.id] = document
        for alias in document.aliases { aliases[alias] = document.id }
    }

    /// The id of the profile a `--profile` value names: an id, an alias, or a path to a YAML file
    /// (which is then added to the catalogue).
    public mutating func reference(_ value: String) throws(ConfigurationError) -> String {
        if let document = document(named: value) { return document.id }
        let looksLikePath = value.contains("/") || value.hasSuffix(".yaml") || value.hasSuffix(".yml")
        guard looksLikePath else {
            let names = documents.keys.sorted() + aliases.keys.sorted()
            let hint = Self.suggestion(for: value, in: names).map { "did you mean '\($0)'? " } ?? ""
            throw ConfigurationError("unknown profile '\(value)'; \(hint)`fairpack profiles` lists them")
        }
        guard FileManager.default.fileExists(atPath: value) else {
            throw ConfigurationError("the profile file '\(value)' does not exist")
        }
        let document = try ProfileDocument.load(path: value)
        if let existing = documents[document.id], Self.sameFile(existing.file, document.file) {
            // Named as a file by the user: trusted like any profile the user points at.
            documents[existing.id]?.isFromDeposit = false
            return existing.id
        }
        try add(document)
        return document.id
    }

    /// The profile name a mistyped `value` most likely means: the nearest by edit distance, else
    /// the one it begins (`etalab` → `etalab-2.0`), else the one that begins it.
    static func suggestion(for value: String, in names: [String]) -> String? {
        if let near = NearestWord.find(value, in: names) { return near }
        let lower = value.lowercased()
        guard lower.count >= 2 else { return nil }
        let prefixed = names.filter { $0.lowercased().hasPrefix(lower) }.sorted { $0.count < $1.count }
        if let first = prefixed.first { return first }
        return names.filter { lower.hasPrefix($0.lowercased()) }.max { $0.count < $1.count }
    }

    /// True when both paths name the same file (same device and inode).
    private static func sameFile(_ lhs: String, _ rhs: String) -> Bool {
        guard let left = FileStatus.of(lhs), let right = FileStatus.of(rhs) else { return lhs == rhs }
        return left.device == right.device && left.inode == right.inode
    }

    private mutating func addFolder(_ path: String, shownAs prefix: String?, fromDeposit: Bool = false) throws(ConfigurationError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw ConfigurationError("cannot read the profile folder '\(path)'")
        }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let full = (path as NSString).appendingPathComponent(name)
            var document = try ProfileDocument.load(path: full, shownAs: prefix.map { $0 + name } ?? full)
            document.isFromDeposit = fromDeposit
            try add(document)
        }
    }
}
