import FairPackDeposit
import FairPackInspection

/// Which files the table, encoding and personal-data inspectors read, judged from the name.
enum TextFiles {
    /// Extensions of delimited tables.
    static let tableExtensions: Set<String> = ["csv", "tsv", "tab"]
    /// Extensions of text whose content may say it is a table.
    static let maybeTableExtensions: Set<String> = ["txt", "dat"]
    /// Extensions of other text files.
    static let textExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "rst", "json", "jsonld", "geojson", "ndjson", "xml", "html", "htm", "xhtml",
        "yaml", "yml", "tex", "bib", "ris", "dat", "log", "r", "py", "sql", "sh", "ipynb", "svg", "rdf", "ttl", "nt",
        "cff", "srt", "vtt",
    ]

    /// The lower-cased extension of `entry`'s name, or "" when it has none.
    static func fileExtension(of entry: FileEntry) -> String {
        let name = entry.name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// True for a delimited table by its extension.
    static func isTable(_ entry: FileEntry) -> Bool { tableExtensions.contains(fileExtension(of: entry)) }

    /// True for a text file by its extension (tables included), or a file without one (`README`, `LICENSE`);
    /// `deposit.yaml` itself is metadata, not data.
    static func isText(_ entry: FileEntry) -> Bool {
        guard entry.path != DepositMetadata.fileName else { return false }
        let ext = fileExtension(of: entry)
        return ext.isEmpty || textExtensions.contains(ext) || tableExtensions.contains(ext)
    }

    /// How far into the first chunk a NUL byte is looked for, as format identification does.
    static let binaryWindow = 65_536

    /// True when the first ``binaryWindow`` bytes of `chunk` (the first of a file) hold a NUL byte
    /// and no UTF-16 byte order mark: a binary file.
    static func looksBinary(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if ByteOrderMark.detect(in: chunk.prefix(4)).map({ $0 != .utf8 }) == true { return false }
        return Bytes.containsZero(UnsafeRawBufferPointer(rebasing: chunk.prefix(binaryWindow)))
    }
}

extension EncodingReport {
    /// The report as a fact, with the command that converts `path` to UTF-8.
    func facts(path: String) -> EncodingFacts {
        var reason: String?
        switch firstInvalid?.reason {
        case .unexpectedByte(let byte)?: reason = "byte 0x" + String(byte, radix: 16, uppercase: true)
        case .truncatedSequence?: reason = "a byte that starts no complete UTF-8 character"
        case nil: reason = nil
        }
        let output = path.hasSuffix(".csv") || path.hasSuffix(".txt") ? String(path.dropLast(4)) + "-utf8" + String(path.suffix(4))
            : path + ".utf8"
        return EncodingFacts(
            byteOrderMark: byteOrderMark.map { $0 == .utf8 ? "UTF-8" : $0 == .utf16LittleEndian ? "UTF-16LE" : "UTF-16BE" }, encoding: encoding.iconvName, isValidUTF8: isValidUTF8,
            firstInvalid: firstInvalid.map { TextPlace(line: $0.position.line, column: $0.position.column) },
            invalidReason: reason, conversionCommand: conversionCommand(input: path, output: output))
    }
}
