/// Where a README names what a licence asks reusers to credit: the producer (or authors) and
/// the date of last update, as data managers write them in French or English.
public struct AttributionMentions: Sendable, Equatable {
    /// The 1-based line naming the producer or authors, if any.
    public var producerLine: Int?
    /// The 1-based line giving the date of last update, if any.
    public var updateLine: Int?

    /// Creates the mentions.
    public init(producerLine: Int? = nil, updateLine: Int? = nil) {
        self.producerLine = producerLine
        self.updateLine = updateLine
    }
}

/// Finds attribution mentions line by line. A label counts only with a value: on the same line
/// after a colon ("Producteur : Inria", "Last updated: 2024-03-12") or, for a heading
/// ("## Auteurs"), on the next non-empty line. An update needs a year in its value.
public enum AttributionFinder {
    /// The lines read at most: attribution sits at the top or in a short section.
    static let lineLimit = 5_000

    /// The mentions in `text`.
    public static func mentions(in text: String) -> AttributionMentions {
        var mentions = AttributionMentions()
        var pendingHeading: Label?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lineLimit).enumerated() {
            let line = offset + 1
            let cleaned = clean(raw)
            if cleaned.isEmpty { continue }
            if let label = pendingHeading {
                pendingHeading = nil
                if !isHeading(raw) { record(label, value: cleaned, line: line, in: &mentions) }
            }
            if let copyright = copyrightHolder(cleaned), !copyright.isEmpty, mentions.producerLine == nil {
                mentions.producerLine = line
            }
            guard let (label, value) = labelled(cleaned) else { continue }
            if value.isEmpty {
                if isHeading(raw) || cleaned.hasSuffix(":") { pendingHeading = label }
            } else {
                record(label, value: value, line: line, in: &mentions)
            }
            if mentions.producerLine != nil && mentions.updateLine != nil { break }
        }
        return mentions
    }

    /// What a label announces.
    enum Label { case producer, update }

    private static let producerLabels = [
        "producteur", "producteurs", "productrice", "producer", "producers", "produit par", "produced by",
        "auteur", "auteurs", "autrice", "autrices", "auteur·rice·s", "auteur(e)s", "author", "authors",
        "créateur", "créateurs", "creator", "creators", "éditeur", "publisher", "organisme producteur",
        "organisation", "organization", "responsable", "contributeurs", "contributors", "équipe", "team",
        "crédits", "credits", "citation", "pour citer", "how to cite", "cite as",
    ]
    private static let updateLabels = [
        "dernière mise à jour", "derniere mise a jour", "mise à jour", "mise a jour", "mis à jour le", "mis à jour",
        "date de mise à jour", "date de dernière mise à jour", "last updated", "last update", "updated", "updated on",
        "date of last update", "last modified", "dernière modification", "version du", "date de version", "version date",
    ]

    /// The labels to try, each list longest first so that "mise à jour" does not cut "mise à jour le".
    private static let labelsLongestFirst = [(updateLabels, Label.update), (producerLabels, Label.producer)].map { labels, kind in
        (labels.sorted { $0.count > $1.count }, kind)
    }

    private static func record(_ label: Label, value: String, line: Int, in mentions: inout AttributionMentions) {
        switch label {
        case .producer where mentions.producerLine == nil && value.contains(where: \.isLetter):
            mentions.producerLine = line
        case .update where mentions.updateLine == nil && containsYear(value):
            mentions.updateLine = line
        default:
            break
        }
    }

    /// The label a line starts with and the value after it ("Producteur : Inria" → producer, "inria").
    static func labelled(_ line: String) -> (Label, String)? {
        for (labels, kind) in labelsLongestFirst {
            for label in labels where line.hasPrefix(label) {
                var rest = line.dropFirst(label.count)
                guard rest.isEmpty || rest.first == ":" || rest.first == " " || rest.first == "\u{a0}" || rest.first == "-" else { continue }
                rest = rest.drop { $0 == " " || $0 == "\u{a0}" || $0 == ":" || $0 == "-" || $0 == "–" }
                // A producer label needs a colon ("Auteurs : …") unless it reads as a phrase ("Produit par …");
                // an update needs none, since its value must hold a year.
                let needsColon = kind == .producer && !["produit par", "produced by", "pour citer", "cite as"].contains(label)
                if needsColon, !rest.isEmpty, !line.dropFirst(label.count).contains(":") { continue }
                return (kind, String(rest))
            }
        }
        return nil
    }

    /// The holder named by a copyright line ("© 2024 Inria", "Copyright (c) 2023 Université de Lille").
    static func copyrightHolder(_ line: String) -> String? {
        var rest: Substring
        if line.hasPrefix("©") { rest = line.dropFirst() } else if line.hasPrefix("copyright") { rest = line.dropFirst(9) } else { return nil }
        rest = rest.drop { $0 == " " || $0 == ":" }
        if rest.hasPrefix("(c)") { rest = rest.dropFirst(3) }
        rest = rest.drop { $0.isNumber || $0 == " " || $0 == "-" || $0 == "–" || $0 == "," }
        return String(rest)
    }

    /// Whether `text` holds a year from 1900 to 2099.
    static func containsYear(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        var run = 0
        for (index, byte) in digits.enumerated() {
            if byte >= 0x30 && byte <= 0x39 { run += 1 } else { run = 0 }
            if run == 4 {
                let start = index - 3
                let next = index + 1 < digits.count ? digits[index + 1] : 0x20
                let century = (digits[start], digits[start + 1])
                if !(next >= 0x30 && next <= 0x39), century == (0x31, 0x39) || century == (0x32, 0x30) { return true }
            }
        }
        return false
    }

    /// Whether the raw line is a Markdown or reStructuredText-style heading.
    private static func isHeading(_ raw: Substring) -> Bool {
        let trimmed = raw.drop { $0 == " " }
        return trimmed.hasPrefix("#") || (trimmed.hasPrefix("**") && trimmed.trimmingSuffixSpaces.hasSuffix("**"))
    }

    /// The line lower-cased, without Markdown markers, list bullets, table bars and emphasis.
    static func clean(_ raw: Substring) -> String {
        var text = raw.lowercased()
        text.removeAll { $0 == "*" || $0 == "_" || $0 == "`" || $0 == "|" || $0 == "\r" }
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == ">" || $0 == "-" || $0 == "+" || $0 == "•" }
        return String(trimmed.trimmingSuffixSpaces)
    }
}

extension Substring {
    /// The text without trailing spaces and tabs.
    var trimmingSuffixSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}
