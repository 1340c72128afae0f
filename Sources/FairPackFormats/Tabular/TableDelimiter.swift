/// The character separating fields in a delimited text table.
public enum TableDelimiter: UInt8, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// `,` (CSV).
    case comma = 0x2C
    /// TAB (TSV).
    case tab = 0x09
    /// `;`, as French spreadsheets write CSV.
    case semicolon = 0x3B
    /// `|`.
    case pipe = 0x7C

    /// The delimiter as shown to a person: `,`, `;`, `|` or `TAB`.
    public var description: String {
        switch self {
        case .comma: ","
        case .tab: "TAB"
        case .semicolon: ";"
        case .pipe: "|"
        }
    }

    /// Picks the delimiter of a table from its first bytes, respecting quotes.
    ///
    /// Each candidate splits the sample into records; the winner gives the same number of fields (more
    /// than one) in the most records, then the most fields, then comes first in `,` TAB `;` `|`.
    /// Returns nil when no candidate splits any record (a one-column table).
    /// - Parameters:
    ///   - sample: the first bytes of the file, BOM removed.
    ///   - isComplete: true when the sample is the whole file (its last record is then complete).
    public static func detect(in sample: [UInt8], isComplete: Bool) -> TableDelimiter? {
        let counts = fieldCounts(sample, isComplete: isComplete)
        var best: (delimiter: TableDelimiter, agreeing: Int, fields: Int)?
        for (index, candidate) in allCases.enumerated() {
            guard let (mode, agreeing) = modeOf(counts[index]), mode > 1 else { continue }
            if let current = best, (current.agreeing, current.fields) >= (agreeing, mode) { continue }
            best = (candidate, agreeing, mode)
        }
        return best?.delimiter
    }

    private static func modeOf(_ counts: [Int]) -> (Int, Int)? {
        var tally: [Int: Int] = [:]
        for count in counts { tally[count, default: 0] += 1 }
        return tally.max { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// For each candidate (in ``allCases`` order), the field counts of the non-blank records of `sample`,
    /// split outside quotes; one pass serves all candidates, since quoting does not depend on the delimiter.
    private static func fieldCounts(_ sample: [UInt8], isComplete: Bool) -> [[Int]] {
        var counts: [[Int]] = Array(repeating: [], count: allCases.count)
        var fields = [Int](repeating: 1, count: allCases.count)
        var quoted = false
        var content = false
        for byte in sample {
            if quoted {
                if byte == 0x22 { quoted = false }
                continue
            }
            switch byte {
            case 0x22: quoted = true; content = true
            case 0x2C: fields[0] += 1; content = true
            case 0x09: fields[1] += 1; content = true
            case 0x3B: fields[2] += 1; content = true
            case 0x7C: fields[3] += 1; content = true
            case 0x0A, 0x0D:
                if content { for index in 0..<fields.count { counts[index].append(fields[index]) } }
                for index in 0..<fields.count { fields[index] = 1 }
                content = false
            default: content = true
            }
        }
        if isComplete, content, !quoted { for index in 0..<fields.count { counts[index].append(fields[index]) } }
        return counts
    }
}
