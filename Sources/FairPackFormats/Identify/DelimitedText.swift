/// CSV and TSV: one count of a delimiter, outside quotes, shared by most of the first lines.
enum DelimitedText {
    static func identify(_ text: String, complete: Bool, fileExtension: String) -> FormatIdentity? {
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .prefix(51).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if !complete, text.last != "\n", lines.count > 1 { lines.removeLast() }
        let sample = Array(lines.prefix(50))
        guard sample.count >= 2 else { return nil }
        var best: (delimiter: Character, count: Int, share: Int)?
        for delimiter in ["\t", ",", ";", "|"] as [Character] {
            let counts = sample.map { count(delimiter, in: $0) }
            // Real tables are sometimes ragged (trailing empty fields dropped, a comment line):
            // most lines must share one count, and nearly all must hold the delimiter.
            let frequencies = Dictionary(counts.map { ($0, 1) }, uniquingKeysWith: +)
            guard let (mode, share) = frequencies.filter({ $0.key > 0 }).max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
                  share * 10 >= sample.count * 6, counts.filter({ $0 > 0 }).count * 10 >= sample.count * 8 else { continue }
            if mode == 1 && delimiter != "\t" && share < 4 { continue }
            // Lines ending with the delimiter are code or lists (C arrays, XPM images, style sheets), not tables.
            let trailing = sample.filter { $0.trimmingSuffix(" ").last == delimiter }.count
            if trailing * 10 >= sample.count * 8 { continue }
            if share < sample.count && sample.count < 5 { continue }
            if best == nil || (share, mode) > (best?.share ?? 0, best?.count ?? 0) { best = (delimiter, mode, share) }
        }
        guard let found = best else { return nil }
        let name = [",": "comma", ";": "semicolon", "|": "pipe", "\t": "tab"][String(found.delimiter)] ?? ""
        let extras = ["delimiter": name, "columns": String(found.count + 1)]
        if found.delimiter == "\t" {
            if fileExtension == "csv" { return FormatIdentity(format: .csv, puid: "x-fmt/18", extras: extras) }
            return FormatIdentity(format: .tsv, puid: "x-fmt/13", extras: extras)
        }
        return FormatIdentity(format: .csv, puid: "x-fmt/18", extras: extras)
    }

    private static func count(_ delimiter: Character, in line: Substring) -> Int {
        var inQuotes = false
        var total = 0
        for character in line {
            if character == "\"" { inQuotes.toggle() } else if character == delimiter && !inQuotes { total += 1 }
        }
        return total
    }
}

extension Substring {
    func trimmingSuffix(_ character: Character) -> Substring {
        var text = self
        while text.last == character { text = text.dropLast() }
        return text
    }
}
