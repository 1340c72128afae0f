/// The objects packed in a PDF object stream (`/Type /ObjStm`), located from its header.
///
/// The inflated stream starts with `/N` pairs of integers (object number, offset relative to
/// `/First`); object `i` spans from its offset to the next object's offset, or to the end.
public enum PDFObjectStream {
    /// One object in the stream.
    public struct Entry: Sendable, Equatable {
        /// The object number (its generation is always 0 in an object stream).
        public var objectNumber: Int
        /// The object's bytes in the inflated data, whitespace up to the next object included.
        public var range: Range<Int>

        /// An entry.
        public init(objectNumber: Int, range: Range<Int>) {
            self.objectNumber = objectNumber
            self.range = range
        }
    }

    /// Why the header could not be read.
    public enum ParseError: Error, Sendable, Equatable {
        /// `/N` is negative or larger than the data could hold.
        case invalidCount(Int)
        /// `/First` is negative or past the end of the data.
        case invalidFirst(Int)
        /// The header holds fewer than `/N` number pairs; `found` pairs were read.
        case headerTooShort(found: Int)
        /// A header token that is not a non-negative integer, at this byte offset.
        case notAnInteger(at: Int)
        /// An object's offset points past the end of the data.
        case offsetOutOfRange(objectNumber: Int)
    }

    /// The objects of an inflated object stream, in header order.
    public static func entries(in data: [UInt8], count: Int, first: Int) throws(ParseError) -> [Entry] {
        guard count >= 0, count <= data.count / 4 + 1 else { throw .invalidCount(count) }
        guard first >= 0, first <= data.count else { throw .invalidFirst(first) }
        var numbers: [Int] = []
        var index = 0
        while numbers.count < 2 * count {
            while index < first, isWhitespace(data[index]) { index += 1 }
            guard index < first else { throw .headerTooShort(found: numbers.count / 2) }
            let start = index
            var value = 0
            while index < first, data[index] >= 0x30, data[index] <= 0x39 {
                guard value < Int.max / 20 else { throw .notAnInteger(at: start) }
                value = value * 10 + Int(data[index] - 0x30)
                index += 1
            }
            guard index > start, index == first || isWhitespace(data[index]) else { throw .notAnInteger(at: start) }
            numbers.append(value)
        }
        var pairs: [(number: Int, start: Int)] = []
        for pair in 0..<count {
            let start = first + numbers[2 * pair + 1]
            guard numbers[2 * pair + 1] <= data.count - first else { throw .offsetOutOfRange(objectNumber: numbers[2 * pair]) }
            pairs.append((numbers[2 * pair], start))
        }
        // Each object ends where the next higher offset starts: one sort, then a binary search
        // per object, so a header of many objects stays n log n.
        var starts = Array(Set(pairs.map(\.start)))
        starts.sort()
        return pairs.map { pair in
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= pair.start { low = middle + 1 } else { high = middle }
            }
            let next = low < starts.count ? starts[low] : data.count
            return Entry(objectNumber: pair.number, range: pair.start..<next)
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }
}
