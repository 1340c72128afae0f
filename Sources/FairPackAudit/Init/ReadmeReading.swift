import Foundation

/// What a README's text tells about a deposit: its title (the first heading) and its language.
public struct ReadmeReading: Sendable, Equatable {
    /// The first heading's text, without its Markdown marks; nil when the README has none.
    public var title: String?
    /// The ISO 639-1 code of the language most of the text is in, when it is clear.
    public var language: String?

    /// Reads `text` (Markdown, reStructuredText or plain text).
    public init(_ text: String) {
        title = Self.firstHeading(text)
        language = LanguageGuess.code(of: text)
    }

    /// The first ATX heading (`# Title`, any level) or underlined heading (`Title` over `===`
    /// or `---`), skipping front matter and code blocks.
    static func firstHeading(_ text: String) -> String? {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            lines.removeSubrange(0...end)
        }
        var inFence = false
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence || line.isEmpty { continue }
            if line.hasPrefix("#") {
                let marks = line.prefix { $0 == "#" }
                let rest = line.dropFirst(marks.count)
                guard marks.count <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
                var heading = rest.trimmingCharacters(in: .whitespaces)
                while heading.hasSuffix("#") { heading.removeLast() }
                if let cleaned = clean(heading) { return cleaned }
                continue
            }
            if index + 1 < lines.count, isUnderline(lines[index + 1]), !isUnderline(raw),
               let cleaned = clean(line) {
                return cleaned
            }
        }
        return nil
    }

    private static func isUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3, let first = trimmed.first, "=-~*^".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// The heading without emphasis, code marks, link targets and HTML tags; nil when nothing is left.
    static func clean(_ heading: String) -> String? {
        var text = heading
        // [label](target) becomes label; ![alt](image) disappears.
        text = text.replacingOccurrences(of: #"!\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        for mark in ["**", "__", "`"] { text = text.replacingOccurrences(of: mark, with: "") }
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Tells French from English (and a few other languages) by counting their commonest words.
enum LanguageGuess {
    /// Words frequent in one language and rare in the others.
    static let markers: [(code: String, words: Set<String>)] = [
        ("fr", ["le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "par", "avec", "ce", "cette",
                "qui", "que", "au", "aux", "sont", "leur", "ces", "été", "données", "être", "ou"]),
        ("en", ["the", "and", "of", "to", "is", "for", "with", "this", "that", "are", "on", "by", "from", "be",
                "which", "it", "as", "was", "were", "these", "data", "or"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "dem", "ein", "eine", "zu", "auf"]),
        ("es", ["el", "los", "las", "del", "y", "con", "por", "para", "una", "es", "su", "como", "datos"]),
    ]

    /// The code of the language whose markers are most frequent, when there are enough of them
    /// and clearly more than for the next language; nil otherwise.
    static func code(of text: String) -> String? {
        var counts = Array(repeating: 0, count: markers.count)
        var seen = 0
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
        for word in words.prefix(20_000) {
            // "l'innovation", "d'un": the elided article counts as French.
            let bare = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last.map(String.init) ?? String(word)
            if word.count > bare.count, ["l", "d", "qu", "j", "n", "s", "c"].contains(String(word.prefix(word.count - bare.count - 1))) {
                counts[0] += 1
            }
            for (index, marker) in markers.enumerated() where marker.words.contains(bare) { counts[index] += 1 }
            seen += 1
        }
        guard seen > 0, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let second = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        guard counts[best] >= 5, Double(counts[best]) >= 1.5 * Double(second) else { return nil }
        return markers[best].code
    }
}
