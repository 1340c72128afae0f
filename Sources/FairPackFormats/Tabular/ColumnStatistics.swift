/// Running counts of the value classes of one column, turned into a ``ColumnProfile`` at the end.
struct ColumnStatistics: Sendable {
    private var counts = [Int](repeating: 0, count: ValueClass.allCases.count)
    private var firstLines = [Int](repeating: 0, count: ValueClass.allCases.count)
    private var examples = [[String]](repeating: [], count: ValueClass.allCases.count)
    static let exampleLimit = 3

    /// Counts one cell; returns true when the caller should hand its text to ``addExample(_:of:)``.
    mutating func add(_ valueClass: ValueClass, line: Int) -> Bool {
        let index = valueClass.rawValue
        counts[index] += 1
        if counts[index] == 1 { firstLines[index] = line }
        return counts[index] <= Self.exampleLimit && valueClass != .empty
    }

    /// Keeps one of the first few cells of a class as an example.
    mutating func addExample(_ bytes: ArraySlice<UInt8>, of valueClass: ValueClass) {
        examples[valueClass.rawValue].append(String(TextDecoding.string(bytes.prefix(160)).prefix(40)))
    }

    func count(_ valueClass: ValueClass) -> Int { counts[valueClass.rawValue] }

    mutating func removeOne(_ valueClass: ValueClass) { counts[valueClass.rawValue] -= 1 }

    /// The profile: the best type, and the cells that stray from it.
    func profile(position: Int, name: String) -> ColumnProfile {
        let filled = counts.reduce(0, +) - count(.empty)
        let type = inferredType(filled: filled)
        let accepted = Self.accepted(by: type)
        var strayCount = 0, firstLine = Int.max, strayExamples: [String] = []
        for valueClass in ValueClass.allCases where valueClass != .empty && !accepted.contains(valueClass) {
            let index = valueClass.rawValue
            guard counts[index] > 0 else { continue }
            strayCount += counts[index]
            firstLine = min(firstLine, firstLines[index])
        }
        if strayCount > 0 {
            // Examples in the order of their classes' first lines, so the first shown is the first met.
            let order = ValueClass.allCases
                .filter { $0 != .empty && !accepted.contains($0) && counts[$0.rawValue] > 0 }
                .sorted { firstLines[$0.rawValue] < firstLines[$1.rawValue] }
            for valueClass in order { strayExamples += examples[valueClass.rawValue] }
        }
        let strays = strayCount == 0 ? nil : StrayValues(
            count: strayCount, firstLine: firstLine, examples: Array(strayExamples.prefix(Self.exampleLimit)),
            missingMarkers: accepted.contains(.missingMarker) ? 0 : count(.missingMarker))
        return ColumnProfile(
            position: position, name: name, type: type, filledCells: filled, emptyCells: count(.empty), strays: strays)
    }

    private func inferredType(filled: Int) -> ColumnType {
        guard filled > 0 else { return .empty }
        let integers = count(.integer)
        if integers == filled { return .integer }
        let candidates: [(ColumnType, Int)] = [
            (count(.decimal) == 0 && count(.decimalComma) == 0 ? .integer : .number, integers + count(.decimal)),
            (.decimalComma, count(.decimalComma) > 0 ? integers + count(.decimalComma) : 0),
            (.date, count(.date)),
            (.boolean, count(.boolean)),
        ]
        var best = candidates[0]
        for candidate in candidates.dropFirst() where candidate.1 > best.1 { best = candidate }
        return best.1 * 5 >= filled * 4 ? best.0 : .text
    }

    static func accepted(by type: ColumnType) -> Set<ValueClass> {
        switch type {
        case .empty: []
        case .integer: [.integer]
        case .number: [.integer, .decimal]
        case .decimalComma: [.integer, .decimalComma]
        case .date: [.date]
        case .boolean: [.boolean]
        case .text: Set(ValueClass.allCases)
        }
    }
}

extension ColumnStatistics {
    /// Forgets one empty cell, counted before its row turned out blank.
    mutating func removeEmpty() {
        removeOne(.empty)
    }
}
