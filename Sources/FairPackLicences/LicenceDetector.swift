/// Finds the licences a text states: its full text (exact, partial or altered), an
/// `SPDX-License-Identifier:` line, a link to a licence page, or a notice in English or French.
///
/// Pure and thread-safe; the reference texts are normalised once per process, on first use.
public enum LicenceDetector {
    /// Similarity from which a text counts as the licence's own text.
    public static let fullTextThreshold = 0.93
    /// Similarity from which a text that is not the licence is reported as an altered copy of it.
    public static let alteredThreshold = 0.6
    /// A passage of this many shingles (about as many words) added to or removed from the middle of
    /// a licence makes the copy altered, whatever its similarity: a one-sentence restriction added
    /// to the MIT licence must not pass for the MIT licence.
    public static let alterationLength = 10
    /// The same for a passage removed: a licence condition is rarely shorter than this.
    public static let removalLength = 8

    /// Every licence statement found in `text`.
    public static func findings(in text: String) -> LicenceFindings {
        let tokens = LicenceTextNormaliser.tokens(of: text)
        let words = LicenceTextNormaliser.comparisonWords(tokens)
        let texts = textDetections(words: words)
        var detections = texts.map(\.detection)
        let covered = texts.map { max(1, $0.lines.lowerBound - 5)...$0.lines.upperBound }
        let stated = Set(texts.filter { !$0.detection.isAltered }.map(\.detection.licenceId))
        var seen = Set<String>()
        for statement in statements(tokens: tokens, text: text, skipping: covered) {
            if statement.kind != .identifier {
                if covered.contains(where: { $0.contains(statement.line) }) || stated.contains(statement.licenceId) { continue }
            }
            if seen.insert("\(statement.kind.rawValue) \(statement.licenceId)").inserted { detections.append(statement) }
        }
        return LicenceFindings(detections: detections)
    }

    // MARK: - Full texts

    private struct TextDetection {
        let detection: LicenceDetection
        let lines: ClosedRange<Int>
    }

    private static func textDetections(words: [LicenceToken]) -> [TextDetection] {
        let shingles = LicenceTextMatcher.shingles(of: words)
        var accepted: [(ClosedRange<Int>, TextDetection)] = []
        for match in LicenceTextMatcher.matches(of: shingles) {
            if accepted.contains(where: { overlap($0.0, match.positions) > 0.5 }) { continue }
            let runWords = words[match.positions.lowerBound...min(words.count - 1, match.positions.upperBound + 2)].map(\.text)
            let found = VariantFlags(words: runWords)
            let reference = match.reference.flags
            // A discriminating word ("ShareAlike", "NonCommercial"...) the reference lacks rules it out.
            if match.reference.id.hasPrefix("CC-"), found.shareAlike && !reference.shareAlike || found.nonCommercial && !reference.nonCommercial
                || found.noDerivatives && !reference.noDerivatives { continue }
            guard let kind = kind(of: match) else { continue }
            let confidence = kind == .partialText ? min(0.9, 0.5 + match.coverage) : match.similarity
            let detection = LicenceDetection(licenceId: match.reference.id, kind: kind,
                                             confidence: (confidence * 1000).rounded() / 1000, line: match.lines.lowerBound)
            accepted.append((match.positions, TextDetection(detection: detection, lines: match.lines)))
        }
        return accepted.map(\.1)
    }

    private static func kind(of match: LicenceTextMatcher.Match) -> LicenceDetection.Kind? {
        let changed = match.longestAddition >= alterationLength || match.longestRemoval >= removalLength
        if !changed {
            if match.similarity >= fullTextThreshold { return .fullText }
            // All licence words, only the head or tail missing (an appendix left out): still the licence.
            if match.purity >= 0.97 && match.coverage >= 0.75 { return .fullText }
            if match.purity >= 0.95 && match.shared >= 80 && match.coverage < 0.75 { return .partialText }
        }
        if match.similarity >= alteredThreshold && match.coverage >= 0.5 { return .alteredText }
        return nil
    }

    private static func overlap(_ first: ClosedRange<Int>, _ second: ClosedRange<Int>) -> Double {
        let shared = max(0, min(first.upperBound, second.upperBound) - max(first.lowerBound, second.lowerBound) + 1)
        return Double(shared) / Double(min(first.count, second.count))
    }

    // MARK: - Identifiers, links, notices

    /// A byte scan for "://", "www." or "spdx": most lines of a licence hold none, and the finder's
    /// searches are costlier.
    private static func mayHoldMention(_ line: Substring) -> Bool {
        var window: UInt32 = 0
        for byte in line.utf8 {
            window = window << 8 | UInt32(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
            if window & 0xFFFFFF == 0x3A2F2F || window == 0x7777772E || window == 0x73706478 { return true }
        }
        return false
    }

    private static let anchors: Set<String> = [
        "cc", "creative", "creativecommons", "licence", "license", "etalab", "open", "odbl", "odc", "pddl",
        "gnu", "gpl", "gplv", "agpl", "agplv", "lgpl", "lgplv", "mit", "isc", "unlicense", "apache", "bsd", "new",
        "modified", "revised", "simplified", "freebsd", "mozilla", "mpl", "eupl", "european", "publique", "cecill", "ogl",
    ]

    /// Identifiers everywhere; links and notices outside the `skipping` lines, which hold a licence
    /// text whose own wording ("Apache License, Version 2.0") would only repeat it.
    private static func statements(tokens: [LicenceToken], text: String, skipping covered: [ClosedRange<Int>]) -> [LicenceDetection] {
        var found: [LicenceDetection] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if mayHoldMention(line) {
                found += LicenceMentionFinder.mentions(in: line, line: lineNumber)
            }
        }
        let parser = LicenceNameParser(words: tokens.map(\.text), strict: true)
        var index = 0
        while index < tokens.count {
            if anchors.contains(tokens[index].text), !covered.contains(where: { $0.contains(tokens[index].line) }),
               let reading = parser.reading(at: index) {
                found.append(LicenceDetection(licenceId: reading.id, kind: .notice,
                                              confidence: 0.9 * reading.confidence, line: tokens[index].line))
                index += max(1, reading.length)
            } else {
                index += 1
            }
        }
        return found
    }
}
