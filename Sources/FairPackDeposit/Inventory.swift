import FairPackBase
/// Everything found in a deposit folder: files in path order, plus what was left out.
public struct Inventory: Sendable {
    /// Every entry found, sorted by path (byte order of the UTF-8 names, folder by folder).
    public var entries: [FileEntry]
    /// Paths left out by `exclude:` patterns or always left out (`.git/`, `.fairpack/`); a
    /// left-out folder is listed once, with a trailing `/`.
    public var excluded: [String]

    /// Creates an inventory.
    public init(entries: [FileEntry], excluded: [String] = []) {
        self.entries = entries
        self.excluded = excluded
    }

    /// The regular files: what would be audited and packed.
    public var files: [FileEntry] { entries.filter { $0.kind == .file } }

    /// The total size of the regular files.
    public var totalBytes: UInt64 { files.reduce(0) { $0 + $1.size } }

    /// The entry at `path`, if any.
    public func entry(at path: String) -> FileEntry? {
        entries.first { $0.path == path }
    }
}
