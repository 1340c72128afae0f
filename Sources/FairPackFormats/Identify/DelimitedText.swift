/// CSV and TSV: one count of a delimiter, outside quotes, shared by most of the first lines.
///
/// Works on bytes and looks at no more than the first 51 lines of the first 64 KiB: the
/// delimiters are ASCII, so nothing needs decoding.
enum DelimitedText {
    /// The most bytes looked at.
    static let window = 65_536

    static func identify(_ body: ArraySlice<UInt8>, complete: Bool, fileExtension: String) -> FormatIdentity? {
        let text = body.prefix(window)
        let sample = lines(of: text, complete: complete && body.count <= window)
        guard sample.count >= 2 else { return nil }
        var best: (delimiter: UInt8, count: Int, share: Int)?
        for delimiter in [UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|")] {
            let counts = sample.map { count(delimiter, in: $0) }
            // Real tables are sometimes ragged (trailing empty fields dropped, a comment line):
            // most lines must share one count, and nearly all must hold the delimiter.
            var frequencies: [Int: Int] = [:]
            for count in counts where count > 0 { frequencies[count, default: 0] += 1 }
            guard let (mode, share) = frequencies.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
                  share * 10 >= sample.count * 6, counts.filter({ $0 > 0 }).count * 10 >= sample.count * 8 else { continue }
            if mode == 1 && delimiter != UInt8(ascii: "\t") && share < 4 { continue }
            // Lines ending with the delimiter are code or lists (C arrays, XPM images, style sheets), not tables.
            let trailing = sample.filter { line in line.last { $0 != UInt8(ascii: " ") } == delimiter }.count
            if trailing * 10 >= sample.count * 8 { continue }
            if share < sample.count && sample.count < 5 { continue }
            if best == nil || (share, mode) > (best?.share ?? 0, best?.count ?? 0) { best = (delimiter, mode, share) }
        }
        guard let found = best else { return nil }
        let names: [UInt8: String] = [UInt8(ascii: ","): "comma", UInt8(ascii: ";"): "semicolon", UInt8(ascii: "|"): "pipe",
                                      UInt8(ascii: "\t"): "tab"]
        let extras = ["delimiter": names[found.delimiter] ?? "", "columns": String(found.count + 1)]
        if found.delimiter == UInt8(ascii: "\t") {
            if fileExtension == "csv" { return FormatIdentity(format: .csv, puid: "x-fmt/18", extras: extras) }
            return FormatIdentity(format: .tsv, puid: "x-fmt/13", extras: extras)
        }
        return FormatIdentity(format: .csv, puid: "x-fmt/18", extras: extras)
    }

    /// Whether the first line holds as many cells as `identity` says the table has: what a header
    /// row does, and what tab-indented prose (manual pages, help files) does not.
    static func firstLineAgrees(_ body: ArraySlice<UInt8>, with identity: FormatIdentity) -> Bool {
        let names: [String: UInt8] = ["comma": UInt8(ascii: ","), "semicolon": UInt8(ascii: ";"), "pipe": UInt8(ascii: "|"),
                                      "tab": UInt8(ascii: "\t")]
        guard let delimiter = identity.extras["delimiter"].flatMap({ names[$0] }),
              let columns = identity.extras["columns"].flatMap(Int.init),
              let first = lines(of: body.prefix(window), complete: true).first else { return false }
        return count(delimiter, in: first) + 1 == columns
    }

    /// The first 50 non-empty lines (LF or CRLF ends a line). When the text is only the start of
    /// the file and does not end a line, its last, cut line is left out.
    static func lines(of text: ArraySlice<UInt8>, complete: Bool) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex, lines.count < 51 {
            if text[index] == UInt8(ascii: "\n") {
                append(text[start..<index], to: &lines)
                start = index + 1
            }
            index += 1
        }
        if lines.count < 51, start < text.endIndex {
            append(text[start...], to: &lines)
            if !complete, lines.count > 1 { lines.removeLast() }
        }
        return Array(lines.prefix(50))
    }

    private static func append(_ line: ArraySlice<UInt8>, to lines: inout [ArraySlice<UInt8>]) {
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        if !trimmed.isEmpty { lines.append(trimmed) }
    }

    private static func count(_ delimiter: UInt8, in line: ArraySlice<UInt8>) -> Int {
        var inQuotes = false
        var total = 0
        for byte in line {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() } else if byte == delimiter && !inQuotes { total += 1 }
        }
        return total
    }
}
