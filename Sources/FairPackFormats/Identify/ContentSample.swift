/// The bytes identification looks at: the start of a file, optionally its end, and its size.
public struct ContentSample: Sendable, Equatable {
    /// The first bytes of the file (identification reads up to `FormatIdentifier.defaultHeadLimit`).
    public var head: [UInt8]
    /// The last bytes of the file, for the zip central directory; empty when not kept. May overlap `head`.
    public var tail: [UInt8]
    /// The whole file's size in bytes.
    public var fileSize: Int
    /// The file name, used only to choose between text subtypes of plain-text content.
    public var fileName: String?

    /// A sample; `fileSize` defaults to the head's length (the whole file was read).
    public init(head: [UInt8], tail: [UInt8] = [], fileSize: Int? = nil, fileName: String? = nil) {
        self.head = head
        self.tail = tail
        self.fileSize = max(fileSize ?? head.count, head.count)
        self.fileName = fileName
    }

    /// True when the head holds the whole file.
    public var isComplete: Bool { head.count >= fileSize }
}
