import Foundation

/// The files and folders present next to the metadata file, as paths relative to the RO-Crate root.
///
/// Paths use `/`, are not percent-encoded (`data file.csv`), and carry no leading `./`.
/// Folders are implied by the files they contain; empty folders can be given explicitly.
public struct CratePayload: Sendable {
    /// Every file present, relative to the crate root.
    public let files: Set<String>
    /// Every folder present (given or implied by a file), without a trailing `/`.
    public let folders: Set<String>
    /// Files that are not present yet but that a BagIt `fetch.txt` will download, with their URL.
    public let fetched: [String: String]
    /// The size in bytes of files whose size is known, by normalised path.
    public let sizes: [String: UInt64]
    /// The lowercase hexadecimal SHA-256 of files that were read, by normalised path.
    public let sha256: [String: String]

    /// Creates a payload from file paths, optional extra (empty) folders and `fetch.txt` entries,
    /// with the sizes and SHA-256 digests known (for the `contentSize` and `sha256` properties).
    public init(
        files: [String], folders: [String] = [], fetched: [String: String] = [:],
        sizes: [String: UInt64] = [:], sha256: [String: String] = [:]
    ) {
        let normalisedFiles = Set(files.map(Self.normalise))
        var allFolders = Set(folders.map(Self.normalise))
        for path in normalisedFiles.union(fetched.keys.map(Self.normalise)) {
            var parts = path.split(separator: "/", omittingEmptySubsequences: true)
            while parts.count > 1 {
                parts.removeLast()
                allFolders.insert(parts.joined(separator: "/"))
            }
        }
        allFolders.remove("")
        self.files = normalisedFiles
        self.folders = allFolders
        var normalisedFetched: [String: String] = [:]
        for (path, url) in fetched { normalisedFetched[Self.normalise(path)] = url }
        self.fetched = normalisedFetched
        var normalisedSizes: [String: UInt64] = [:]
        for (path, size) in sizes { normalisedSizes[Self.normalise(path)] = size }
        self.sizes = normalisedSizes
        var normalisedDigests: [String: String] = [:]
        for (path, digest) in sha256 { normalisedDigests[Self.normalise(path)] = digest.lowercased() }
        self.sha256 = normalisedDigests
    }

    /// Whether a file is present or will be fetched.
    public func hasFile(_ path: String) -> Bool {
        let key = Self.normalise(path)
        return files.contains(key) || fetched[key] != nil
    }

    /// Whether a folder is present.
    public func hasFolder(_ path: String) -> Bool {
        let key = Self.normalise(path)
        return key.isEmpty || folders.contains(key)
    }

    /// Drops a leading `./` and leading or trailing `/`.
    static func normalise(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        while result.hasPrefix("/") { result = result.dropFirst() }
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }
}
