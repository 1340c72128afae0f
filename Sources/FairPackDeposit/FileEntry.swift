import FairPackBase
/// One entry found by the walk of a deposit folder.
public struct FileEntry: Sendable, Hashable {
    /// What the entry is on disk.
    public enum Kind: String, Sendable, Hashable {
        /// A regular file: part of the payload.
        case file
        /// A symbolic link: recorded, never followed.
        case symlink
        /// A folder that could not be opened; its content is unknown.
        case unreadableFolder
        /// A FIFO, socket or device: never part of a deposit.
        case special
    }

    /// The path relative to the deposit root, with `/` separators. Bytes that are not UTF-8
    /// are shown as U+FFFD; ``nameIsUTF8`` is then false.
    public var path: String
    /// What the entry is.
    public var kind: Kind
    /// The size in bytes (0 for anything but files).
    public var size: UInt64
    /// Seconds since 1970 of the last modification, as the file system reports it.
    public var modified: Double
    /// False when the file's own permissions do not let this process read it.
    public var isReadable: Bool
    /// False when some part of the path is not valid UTF-8.
    public var nameIsUTF8: Bool
    /// For a symbolic link: the path it points to, as written.
    public var linkTarget: String?

    /// Creates an entry.
    public init(path: String, kind: Kind = .file, size: UInt64 = 0, modified: Double = 0,
                isReadable: Bool = true, nameIsUTF8: Bool = true, linkTarget: String? = nil) {
        self.path = path
        self.kind = kind
        self.size = size
        self.modified = modified
        self.isReadable = isReadable
        self.nameIsUTF8 = nameIsUTF8
        self.linkTarget = linkTarget
    }

    /// The last path component.
    public var name: String {
        // The text after the last slash, found on the bytes (splitting the path by characters was a
        // tenth of a check of 20,000 files). A path ending in a slash keeps its last non-empty part.
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(Substring(utf8[start..<end]))
    }
}
