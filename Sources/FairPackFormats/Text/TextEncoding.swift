/// A character encoding a text file is likely written in.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    /// Plain ASCII: valid UTF-8 with no byte above 0x7F.
    case ascii
    /// UTF-8 (with or without a byte order mark).
    case utf8
    /// UTF-16, little-endian (BOM FF FE or NULs at odd offsets).
    case utf16LittleEndian
    /// UTF-16, big-endian (BOM FE FF or NULs at even offsets).
    case utf16BigEndian
    /// Windows-1252: not UTF-8, and bytes 0x80–0x9F (curly quotes, €, œ) occur.
    case windows1252
    /// ISO-8859-1 (Latin-1): not UTF-8, with accented letters 0xA0–0xFF only.
    case iso88591

    /// The name `iconv` knows this encoding by.
    public var iconvName: String {
        switch self {
        case .ascii: "ASCII"
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .windows1252: "WINDOWS-1252"
        case .iso88591: "ISO-8859-1"
        }
    }

    /// True for the encodings a UTF-8-only ingest (such as Dataverse) accepts as they are.
    public var isUTF8Compatible: Bool { self == .ascii || self == .utf8 }
}

/// A byte order mark found at the very start of a file.
public enum ByteOrderMark: String, Sendable, Equatable {
    /// EF BB BF.
    case utf8
    /// FF FE: the rest is UTF-16 little-endian.
    case utf16LittleEndian
    /// FE FF: the rest is UTF-16 big-endian.
    case utf16BigEndian

    /// The number of bytes the mark takes.
    public var length: Int { self == .utf8 ? 3 : 2 }

    /// Recognises a mark at the start of `bytes`, which must hold at least the first 3 bytes of the file
    /// (or the whole file when shorter).
    public static func detect<C: Collection>(in bytes: C) -> ByteOrderMark? where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        let first = iterator.next(), second = iterator.next(), third = iterator.next()
        if first == 0xEF, second == 0xBB, third == 0xBF { return .utf8 }
        if first == 0xFF, second == 0xFE { return .utf16LittleEndian }
        if first == 0xFE, second == 0xFF { return .utf16BigEndian }
        return nil
    }
}

/// Where a byte sits in a text file: physical line and character column, both 1-based.
public struct TextPosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The physical line (LF, CRLF and lone CR each end one).
    public var line: Int
    /// The column in characters, not bytes.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line 3, column 7`.
    public var description: String { "line \(line), column \(column)" }
}
