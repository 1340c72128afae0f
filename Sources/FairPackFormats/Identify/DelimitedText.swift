/// CSV and TSV: the same count of a delimiter, outside quotes, on each of the first lines.
enum DelimitedText {
    static func identify(_ text: String, complete: Bool, fileExtension: String) -> FormatIdentity? {
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .prefix(51).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if !complete, text.last != "\n", lines.count > 1 { lines.removeLast() }
        let sample = Array(lines.prefix(50))
        guard sample.count >= 2 else { return nil }
        var best: (delimiter: Character, count: Int)?
        for delimiter in ["\t", ",", ";", "|"] as [Character] {
            let counts = sample.map { count(delimiter, in: $0) }
            guard let first = counts.first, first >= 1, counts.allSatisfy({ $0 == first }) else { continue }
            if first == 1 && delimiter != "\t" && sample.count < 4 { continue }
            if best == nil || first > best?.count ?? 0 { best = (delimiter, first) }
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
