/// Compares a text with the catalogue's reference texts by word-trigram shingles.
///
/// For each reference it finds the densest run of the input that shares shingles with it, then
/// measures how much of the reference that run covers and how much of the run is reference text.
/// Words added inside the run (an extra clause) lower the second figure; words before or after it
/// (a README around a licence) do not.
struct LicenceTextMatcher: Sendable {
    /// A reference text, ready to compare.
    struct Reference: Sendable {
        let id: String
        let variant: String
        let shingles: Set<UInt64>
        let flags: VariantFlags
    }

    /// How one reference matched.
    struct Match: Sendable {
        let reference: Reference
        /// Share of the reference's shingles found in the run.
        let coverage: Double
        /// Share of the run's shingles that belong to the reference.
        let purity: Double
        /// Shingles shared.
        let shared: Int
        /// First and last line of the run, 1-based.
        let lines: ClosedRange<Int>
        /// First and last shingle position of the run.
        let positions: ClosedRange<Int>

        /// Harmonic mean of coverage and purity: 1 for an exact copy.
        var similarity: Double {
            coverage + purity > 0 ? 2 * coverage * purity / (coverage + purity) : 0
        }
    }

    /// The catalogue's references, normalised once per process.
    static let catalogue: [Reference] = LicenceTexts.all.map { entry in
        let words = LicenceTextNormaliser.comparisonWords(LicenceTextNormaliser.tokens(of: entry.text))
        return Reference(id: entry.id, variant: entry.variant,
                         shingles: Set(shingles(of: words).map(\.hash)),
                         flags: VariantFlags(words: words.map(\.text)))
    }

    /// For each shingle, the references holding it, one bit per reference (there are fewer than 64),
    /// so an input is compared with every reference in one pass.
    static let owners: [UInt64: UInt64] = {
        var owners: [UInt64: UInt64] = [:]
        for (index, reference) in catalogue.prefix(64).enumerated() {
            for shingle in reference.shingles { owners[shingle, default: 0] |= 1 << UInt64(index) }
        }
        return owners
    }()

    /// Shingle hashes of consecutive word triples, each with the line of its first word.
    static func shingles(of words: [LicenceToken]) -> [(hash: UInt64, line: Int)] {
        guard words.count >= 3 else { return [] }
        let hashes = words.map { fnv1a($0.text) }
        return (0..<(words.count - 2)).map { index in
            let hash = (hashes[index] &* 0x9E37_79B9_7F4A_7C15) ^ (hashes[index + 1] &* 0xC2B2_AE3D_27D4_EB4F) ^ hashes[index + 2]
            return (hash, words[index].line)
        }
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Every reference sharing at least `minimumShared` shingles with the input, best first.
    static func matches(of input: [(hash: UInt64, line: Int)], minimumShared: Int = 12) -> [Match] {
        let masks = input.map { owners[$0.hash] ?? 0 }
        var counts = [Int](repeating: 0, count: min(catalogue.count, 64))
        for mask in masks where mask != 0 {
            for index in counts.indices where mask & (1 << UInt64(index)) != 0 { counts[index] += 1 }
        }
        return counts.indices.filter { counts[$0] >= minimumShared }
            .compactMap { match(input, masks: masks, bit: 1 << UInt64($0), against: catalogue[$0], minimumShared: minimumShared) }
            .sorted { ($0.similarity, $0.shared) > ($1.similarity, $1.shared) }
    }

    private static func match(_ input: [(hash: UInt64, line: Int)], masks: [UInt64], bit: UInt64,
                              against reference: Reference, minimumShared: Int) -> Match? {
        let hits = masks.indices.filter { masks[$0] & bit != 0 }
        guard let run = densestRun(hits, referenceSize: reference.shingles.count) else { return nil }
        var seen = Set<UInt64>()
        var inRun = 0
        for position in run where masks[position] & bit != 0 {
            inRun += 1
            seen.insert(input[position].hash)
        }
        guard seen.count >= minimumShared else { return nil }
        return Match(reference: reference,
                     coverage: Double(seen.count) / Double(max(reference.shingles.count, 1)),
                     purity: Double(inRun) / Double(run.count),
                     shared: seen.count,
                     lines: input[run.lowerBound].line...input[run.upperBound].line,
                     positions: run)
    }

    /// The run of hits with the most hits, runs being split by gaps of unmatched shingles longer
    /// than a tenth of the reference (at least 40): an inserted clause stays inside, a README does not.
    private static func densestRun(_ hits: [Int], referenceSize: Int) -> ClosedRange<Int>? {
        guard var start = hits.first else { return nil }
        let maximumGap = max(40, referenceSize / 10)
        var best = (range: start...start, count: 1)
        var count = 1
        var previous = start
        for hit in hits.dropFirst() {
            if hit - previous > maximumGap {
                start = hit
                count = 0
            }
            count += 1
            previous = hit
            if count > best.count { best = (start...hit, count) }
        }
        return best.range
    }
}

/// The words that tell Creative Commons and Etalab relatives apart, found in a text.
struct VariantFlags: Sendable, Hashable {
    var shareAlike = false
    var nonCommercial = false
    var noDerivatives = false

    init(shareAlike: Bool = false, nonCommercial: Bool = false, noDerivatives: Bool = false) {
        self.shareAlike = shareAlike
        self.nonCommercial = nonCommercial
        self.noDerivatives = noDerivatives
    }

    /// Flags raised by the discriminating words of `words` (English and French).
    init(words: [String]) {
        var previous = ""
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "sharealike": shareAlike = true
            case "alike" where previous == "share": shareAlike = true
            case "noncommercial": nonCommercial = true
            case "commercial" where previous == "non" && index >= 2 && words[index - 2] != "or": nonCommercial = true
            case "commerciale" where previous == "utilisation": nonCommercial = true
            case "noderivatives", "noderivs": noDerivatives = true
            case "derivatives" where previous == "no": noDerivatives = true
            case "memes" where next == "conditions" && previous == "les": shareAlike = true
            case "modification" where previous == "de" && index >= 2 && words[index - 2] == "pas": noDerivatives = true
            default: break
            }
            previous = word
        }
    }
}
