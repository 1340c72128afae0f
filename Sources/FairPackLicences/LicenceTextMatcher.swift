import Foundation

/// Compares a text with the catalogue's reference texts by word-trigram shingles.
///
/// For each reference it finds the densest run of the input sharing shingles with it, then
/// measures how much of the reference that run covers, how much of the run is reference text,
/// and the longest passage added (in the input) or removed (from the reference) inside it.
/// Words before or after the run (a README around a licence) count for nothing.
struct LicenceTextMatcher: Sendable {
    /// A reference text, ready to compare.
    struct Reference: Sendable {
        let id: String
        let variant: String
        /// The shingles in text order, to find passages missing from a copy.
        let sequence: [UInt64]
        /// The positions of the licence proper in `sequence` (for Creative Commons, the legal code
        /// without the disclaimer and notice printed around it): only these must be present.
        let core: Range<Int>
        /// How many distinct shingles the core holds.
        let coreCount: Int
        let flags: VariantFlags

        init(id: String, variant: String, sequence: [UInt64], core: Range<Int>, coreCount: Int, flags: VariantFlags) {
            self.id = id
            self.variant = variant
            self.sequence = sequence
            self.core = core
            self.coreCount = coreCount
            self.flags = flags
        }

        /// The reference for an official text (lower-cased, blanks collapsed), whose licence proper
        /// runs from `firstLine` to `lastLine` (0: all of it). The build computes these once.
        init(id: String, variant: String, text: String, firstLine: Int, lastLine: Int) {
            let words = LicenceTextNormaliser.comparisonWords(LicenceTextNormaliser.tokens(of: text))
            let shingled = LicenceTextMatcher.shingles(of: words)
            let sequence = shingled.map(\.hash)
            var core = sequence.indices
            if firstLine > 0 {
                let first = shingled.firstIndex { $0.line >= firstLine } ?? 0
                let end = shingled.firstIndex { $0.line > lastLine } ?? sequence.count
                core = first..<max(first, end)
            }
            self.init(id: id, variant: variant, sequence: sequence, core: core, coreCount: Set(sequence[core]).count,
                      flags: VariantFlags(words: words.map(\.text)))
        }
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
        /// The longest stretch of shingles inside the run that the reference lacks (an added passage).
        let longestAddition: Int
        /// The longest stretch of reference shingles missing from the run, its head and tail aside
        /// (a removed passage; a copy without the appendix only lacks its tail).
        let longestRemoval: Int
        /// First and last line of the run, 1-based.
        let lines: ClosedRange<Int>
        /// First and last shingle position of the run.
        let positions: ClosedRange<Int>

        /// Harmonic mean of coverage and purity: 1 for an exact copy.
        var similarity: Double {
            coverage + purity > 0 ? 2 * coverage * purity / (coverage + purity) : 0
        }
    }

    /// The catalogue's references, decoded once per process from the shingles computed at build
    /// time (normalising the official texts at start-up took 40% of a `pack` of a small folder).
    static var catalogue: [Reference] { loaded.references }

    /// For each shingle, the references holding it, so an input is compared with every reference in one pass.
    static var owners: ShingleOwners { loaded.owners }

    private static let loaded: (references: [Reference], owners: ShingleOwners) = {
        let entries = EmbeddedLicenceReferences.all
        let sequences = entries.map { decodeShingles($0.shingles) }
        let owners = ShingleOwners(sequences: sequences, cores: entries.map(\.core))
        let references = entries.indices.map { index in
            Reference(id: entries[index].id, variant: entries[index].variant, sequence: sequences[index],
                      core: entries[index].core, coreCount: owners.coreCounts[index], flags: entries[index].flags)
        }
        return (references, owners)
    }()

    /// The little-endian 64-bit shingles held by a base64 string (see ``encodeShingles(_:)``).
    static func decodeShingles(_ base64: String) -> [UInt64] {
        guard let data = Data(base64Encoded: base64) else { preconditionFailure("corrupt embedded licence shingles") }
        return data.withUnsafeBytes { raw in
            (0..<(raw.count / 8)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }

    /// The base64 text of `shingles`, little-endian, as the generated source holds them.
    static func encodeShingles(_ shingles: [UInt64]) -> String {
        var data = Data(capacity: shingles.count * 8)
        for shingle in shingles { withUnsafeBytes(of: shingle.littleEndian) { data.append(contentsOf: $0) } }
        return data.base64EncodedString()
    }

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
        let owned = input.map { owners.masks(of: $0.hash) }
        let masks = owned.map(\.all)
        let coreMasks = owned.map(\.core)
        var counts = [Int](repeating: 0, count: min(catalogue.count, 64))
        for mask in masks where mask != 0 {
            for index in counts.indices where mask & (1 << UInt64(index)) != 0 { counts[index] += 1 }
        }
        // References sharing far fewer shingles than the best one cannot be the closest, unless the
        // text holds a second, short licence (MIT beside Etalab): enough for the shortest is measured.
        let floor = max(minimumShared, min((counts.max() ?? 0) / 4, 60))
        return counts.indices.filter { counts[$0] >= floor }
            .compactMap { match(input, masks: masks, coreMasks: coreMasks, bit: 1 << UInt64($0), against: catalogue[$0], minimumShared: minimumShared) }
            .sorted { ($0.similarity, $0.shared) > ($1.similarity, $1.shared) }
    }

    private static func match(_ input: [(hash: UInt64, line: Int)], masks: [UInt64], coreMasks: [UInt64], bit: UInt64,
                              against reference: Reference, minimumShared: Int) -> Match? {
        let hits = masks.indices.filter { masks[$0] & bit != 0 }
        guard let run = densestRun(hits, referenceSize: reference.coreCount) else { return nil }
        var seen = Set<UInt64>()
        var firstPosition: [UInt64: Int] = [:]
        var inRun = 0
        var inCore = 0
        var addition = 0
        var longestAddition = 0
        for position in run {
            if masks[position] & bit != 0 {
                inRun += 1
                if seen.insert(input[position].hash).inserted {
                    firstPosition[input[position].hash] = position
                    if coreMasks[position] & bit != 0 { inCore += 1 }
                }
                addition = 0
            } else {
                addition += 1
                longestAddition = max(longestAddition, addition)
            }
        }
        guard seen.count >= minimumShared else { return nil }
        return Match(reference: reference,
                     coverage: Double(inCore) / Double(max(reference.coreCount, 1)),
                     purity: Double(inRun) / Double(run.count),
                     shared: seen.count,
                     longestAddition: longestAddition,
                     longestRemoval: longestRemoval(from: reference, positions: firstPosition),
                     lines: input[run.lowerBound].line...input[run.upperBound].line,
                     positions: run)
    }

    /// The longest stretch of the reference missing from the copy between two passages that the copy
    /// has side by side. A passage needs three shingles in a row; a stretch only counts when the copy
    /// resumes right after where it stopped, so an appendix left out whose stock phrases also occur
    /// earlier in the licence is not a removal.
    private static func longestRemoval(from reference: Reference, positions: [UInt64: Int]) -> Int {
        let core = Array(reference.sequence[reference.core])
        let present = core.map { positions[$0] != nil }
        var solid = [Bool](repeating: false, count: present.count)
        var streakStart = 0
        for index in 0...present.count where index == present.count || !present[index] {
            if index - streakStart >= 3 { for marked in streakStart..<index { solid[marked] = true } }
            streakStart = index + 1
        }
        // Where the copy has each passage, relative to the reference: a repeated stock phrase matched
        // at its first occurrence sits far from the alignment of the text around it and is left out.
        let points = core.indices.filter { solid[$0] }.compactMap { index in positions[core[index]].map { (index, $0) } }
        guard !points.isEmpty else { return 0 }
        let offsets = points.map { $0.1 - $0.0 }.sorted()
        let median = offsets[offsets.count / 2]
        let tolerance = core.count / 10 + 50
        var aligned: [(Int, Int)] = []
        for point in points where abs(point.1 - point.0 - median) <= tolerance && point.1 > (aligned.last?.1 ?? -1) {
            aligned.append(point)
        }
        // Absent shingles before each position: what lies between two aligned passages is missing
        // only where absent, repeated phrases left out of the alignment are still there.
        var absentBefore = [0]
        absentBefore.reserveCapacity(present.count + 1)
        for isPresent in present { absentBefore.append(absentBefore[absentBefore.count - 1] + (isPresent ? 0 : 1)) }
        var longest = 0
        for (previous, next) in zip(aligned, aligned.dropFirst())
        where next.1 > previous.1 && next.1 - previous.1 <= 2 * LicenceDetector.alterationLength {
            longest = max(longest, absentBefore[next.0] - absentBefore[previous.0 + 1])
        }
        return longest
    }

    /// The run of hits with the most hits, runs being split by gaps of unmatched shingles longer
    /// than a tenth of the reference (at least 40): an inserted clause stays inside, a README does not.
    /// A few stray hits at either end (a phrase like "of the license" in a trailing note) are cut off.
    private static func densestRun(_ hits: [Int], referenceSize: Int) -> ClosedRange<Int>? {
        guard let first = hits.first else { return nil }
        let maximumGap = max(40, referenceSize / 10)
        var best = (start: 0, end: 0)
        var start = 0
        for index in hits.indices.dropFirst() {
            if hits[index] - hits[index - 1] > maximumGap { start = index }
            if index - start > best.end - best.start { best = (start, index) }
        }
        guard best.end > best.start else { return first...first }
        var (low, high) = best
        let strayGap = 8
        let strayCount = 6
        while high > low {
            guard let split = (max(low + 1, high - strayCount + 1)...high).last(where: { hits[$0] - hits[$0 - 1] > strayGap }),
                  high - split + 1 < strayCount else { break }
            high = split - 1
        }
        while high > low {
            guard let split = (low...min(high - 1, low + strayCount - 1)).first(where: { hits[$0 + 1] - hits[$0] > strayGap }),
                  split - low + 1 < strayCount else { break }
            low = split + 1
        }
        return hits[low]...hits[high]
    }
}
