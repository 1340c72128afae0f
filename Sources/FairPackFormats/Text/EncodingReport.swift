/// What the ``EncodingInspector`` learnt about a file's text encoding.
public struct EncodingReport: Sendable, Equatable {
    /// The byte order mark at the start of the file, if any.
    public var byteOrderMark: ByteOrderMark?
    /// The likely encoding.
    public var encoding: TextEncoding
    /// The first byte that is not valid UTF-8, or nil when the whole file is valid UTF-8.
    public var firstInvalid: InvalidByte?
    /// How lines end.
    public var lineEndings: LineEndingCounts
    /// The file size in bytes.
    public var byteCount: Int

    /// Creates a report.
    public init(
        byteOrderMark: ByteOrderMark?, encoding: TextEncoding, firstInvalid: InvalidByte?,
        lineEndings: LineEndingCounts, byteCount: Int
    ) {
        self.byteOrderMark = byteOrderMark
        self.encoding = encoding
        self.firstInvalid = firstInvalid
        self.lineEndings = lineEndings
        self.byteCount = byteCount
    }

    /// True when every byte is valid UTF-8 (a UTF-16 file is not).
    public var isValidUTF8: Bool { firstInvalid == nil && encoding.isUTF8Compatible }

    /// The shell command that converts the file to UTF-8, or nil when it already is UTF-8.
    ///
    /// Paths are single-quoted for the shell; a UTF-8 BOM alone gives no command (it is still UTF-8).
    public func conversionCommand(input: String, output: String) -> String? {
        guard !encoding.isUTF8Compatible else { return nil }
        return "iconv -f \(encoding.iconvName) -t UTF-8 \(shellQuoted(input)) > \(shellQuoted(output))"
    }

    private func shellQuoted(_ path: String) -> String {
        let plain = path.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == 0x2E || byte == 0x2F || byte == 0x2D || byte == 0x5F
        }
        if plain, !path.isEmpty { return path }
        return "'" + path.replacingAll("'", with: "'\\''") + "'"
    }
}

/// The first byte of a file that is not valid UTF-8.
public struct InvalidByte: Sendable, Equatable {
    /// Its physical line and character column.
    public var position: TextPosition
    /// Its offset in bytes from the start of the file (0-based).
    public var offset: Int
    /// Why it is invalid.
    public var reason: Reason

    /// Why a byte is not valid UTF-8.
    public enum Reason: Sendable, Equatable {
        /// A byte that can never start a UTF-8 character (such as 0xE9 alone, or 0x80–0xC1, 0xF5–0xFF).
        case unexpectedByte(UInt8)
        /// A multi-byte character cut short (by another character or the end of the file).
        case truncatedSequence
    }

    /// Creates a description of an invalid byte.
    public init(position: TextPosition, offset: Int, reason: Reason) {
        self.position = position
        self.offset = offset
        self.reason = reason
    }
}

/// How many lines end with CRLF, LF alone and CR alone.
public struct LineEndingCounts: Sendable, Equatable {
    /// Lines ended by CR LF.
    public var crlf: Int
    /// Lines ended by LF alone.
    public var lf: Int
    /// Lines ended by CR alone.
    public var cr: Int

    /// Creates the counts.
    public init(crlf: Int, lf: Int, cr: Int) {
        self.crlf = crlf
        self.lf = lf
        self.cr = cr
    }

    /// True when more than one kind of line ending occurs.
    public var isMixed: Bool { [crlf, lf, cr].filter { $0 > 0 }.count > 1 }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
