/// Finds the closest spelling among known words, to suggest a fix for a typo.
public enum NearestWord {
    /// The candidate nearest to `word` by edit distance (case-insensitive), when within `maxDistance`.
    public static func find(_ word: String, in candidates: [String], maxDistance: Int = 2) -> String? {
        let target = Array(word.lowercased())
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()), limit: maxDistance)
            if distance <= maxDistance, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Levenshtein distance, stopping early once every path exceeds `limit`.
    static func editDistance(_ lhs: [Character], _ rhs: [Character], limit: Int) -> Int {
        if abs(lhs.count - rhs.count) > limit { return limit + 1 }
        var previous = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: rhs.count)
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[rhs.count]
    }
}
