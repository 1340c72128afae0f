import Foundation

/// One word of a normalised text, with the 1-based line it came from.
struct LicenceToken: Sendable, Hashable {
    /// Lower-case, accents removed, letters and digits split (`gplv3` gives `gplv`, `3`).
    let text: String
    /// 1-based line in the original text.
    let line: Int
    /// False for words of the title line and of copyright lines, which vary between copies.
    let isBody: Bool
}

/// Turns a licence text, notice or README into words that compare across formats:
/// case, accents, punctuation, whitespace, Markdown markup, link targets, bullets are dropped.
enum LicenceTextNormaliser {
    /// The words of `text`, in order.
    static func tokens(of text: String) -> [LicenceToken] {
        var tokens: [LicenceToken] = []
        var seenTitle = false
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map({ Substring($0) }) {
            lineNumber += 1
            let words = words(of: withoutMarkup(rawLine))
            if words.isEmpty { continue }
            var isBody = true
            if !seenTitle {
                seenTitle = true
                if words.count <= 12, words.contains(where: titleWords.contains) {
                    isBody = false
                }
            }
            if isCopyrightLine(words) { isBody = false }
            for word in words { tokens.append(LicenceToken(text: word, line: lineNumber, isBody: isBody)) }
        }
        return tokens
    }

    /// The words used to compare full texts: body words only, without numbers and single letters
    /// (clause numbering differs between copies), British and American spellings merged.
    static func comparisonWords(_ tokens: [LicenceToken]) -> [LicenceToken] {
        tokens.compactMap { token in
            guard token.isBody, token.text.count > 1, !token.text.allSatisfy(\.isNumber) else { return nil }
            if let merged = spellings[token.text] {
                return LicenceToken(text: merged, line: token.line, isBody: true)
            }
            return token
        }
    }

    private static let titleWords: Set<String> = ["licence", "license", "licences", "licenses", "contrat", "agreement"]

    private static let spellings: [String: String] = [
        "licence": "license", "licences": "licenses", "licenced": "licensed", "licencee": "licensee",
        "licencees": "licensees",
    ]

    /// A copyright line: starts with "copyright" or "©" and carries a year, "(c)", "©", or the
    /// placeholders of a licence's template ("Copyright [yyyy] [name of copyright owner]").
    private static func isCopyrightLine(_ words: [String]) -> Bool {
        guard let first = words.first, first == "copyright" || first == "\u{a9}" else { return false }
        if words.contains("c") || words.contains("\u{a9}") { return true }
        if words.count < 40 && words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) { return true }
        return words.count < 10 && words.contains(where: copyrightPlaceholders.contains)
    }

    private static let copyrightPlaceholders: Set<String> = ["yyyy", "year", "owner", "author", "holder", "holders"]

    /// Drops what formatted copies add and licence texts lack: the target of Markdown links
    /// `[text](target)`, HTML tags (`<a name="s1">`, `<br/>`) and entities (`&nbsp;`, `&#8211;`).
    private static func withoutMarkup(_ line: Substring) -> Substring {
        guard hasMarkup(line) else { return line }
        var result = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            let following = next < line.endIndex ? line[next] : " "
            if character == "]" && following == "(" {
                index = line[next...].firstIndex(of: ")").map { line.index(after: $0) } ?? line.endIndex
                result.append(" ")
                continue
            }
            if character == "<" && (following.isLetter || following == "/" || following == "!"),
               let close = line[next...].firstIndex(of: ">"), line.distance(from: index, to: close) < 200 {
                index = line.index(after: close)
                result.append(" ")
                continue
            }
            if character == "&" && (following.isLetter || following == "#"),
               let semicolon = line[next...].prefix(10).firstIndex(of: ";"),
               line[next..<semicolon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" }) {
                index = line.index(after: semicolon)
                result.append(" ")
                continue
            }
            result.append(character)
            index = next
        }
        return Substring(result)
    }

    /// Whether `line` holds `](`, `<` or `&`: one pass over its bytes (Foundation's substring
    /// search was a fifth of the time spent building the catalogue at start-up).
    private static func hasMarkup(_ line: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x3C || byte == 0x26 || (byte == 0x28 && previous == 0x5D) { return true }
            previous = byte
        }
        return false
    }

    /// The fast path for plain ASCII lines, most of any licence text: bytes, no Foundation.
    private static func asciiWords(of line: Substring) -> [String]? {
        var line = line
        return line.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            var wordIsDigits = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isDigit || isLetter {
                    if !word.isEmpty && isDigit != wordIsDigits {
                        words.append(String(decoding: word, as: UTF8.self))
                        word.removeAll(keepingCapacity: true)
                    }
                    wordIsDigits = isDigit
                    word.append(isLetter ? byte | 0x20 : byte)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
    }

    /// Lower-cases, removes accents and splits into runs of letters or of digits; `©` is kept
    /// as a word of its own so copyright lines can be recognised.
    static func words(of line: Substring) -> [String] {
        if let ascii = asciiWords(of: line) { return ascii }
        let folded = line.utf8.allSatisfy { $0 < 0x80 }
            ? line.lowercased() : line.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsDigit = false
        func flush() {
            if !current.isEmpty { words.append(String(current)); current.removeAll() }
        }
        for scalar in folded.unicodeScalars {
            if scalar == "\u{a9}" { flush(); words.append("\u{a9}"); continue }
            let isDigit = scalar.properties.numericType != nil && scalar.isASCII
            if isDigit || scalar.properties.isAlphabetic {
                if !current.isEmpty && isDigit != currentIsDigit { flush() }
                currentIsDigit = isDigit
                switch scalar {
                case "\u{153}": current.append(contentsOf: "oe".unicodeScalars)
                case "\u{e6}": current.append(contentsOf: "ae".unicodeScalars)
                case "\u{df}": current.append(contentsOf: "ss".unicodeScalars)
                default: current.append(scalar)
                }
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
