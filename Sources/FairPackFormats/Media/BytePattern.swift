import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Finds a fixed byte pattern in a stream of bytes fed one at a time (Knuth–Morris–Pratt),
/// so that a match split across chunks is still found and each byte costs amortised O(1).
struct BytePattern {
    let bytes: [UInt8]
    private let fallback: [Int]
    private var matched = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
        var fallback = Array(repeating: 0, count: bytes.count)
        var length = 0
        for index in bytes.indices.dropFirst() {
            while length > 0 && bytes[index] != bytes[length] { length = fallback[length - 1] }
            if bytes[index] == bytes[length] { length += 1 }
            fallback[index] = length
        }
        self.fallback = fallback
    }

    /// Takes the next byte; true when it completes the pattern.
    mutating func advance(_ byte: UInt8) -> Bool {
        while matched > 0 && bytes[matched] != byte { matched = fallback[matched - 1] }
        if bytes[matched] == byte { matched += 1 }
        if matched == bytes.count {
            matched = 0
            return true
        }
        return false
    }

    /// True when no partial match is in progress: only the pattern's first byte can start one.
    var isIdle: Bool { matched == 0 }

    /// Forgets any partial match.
    mutating func reset() {
        matched = 0
    }
}
