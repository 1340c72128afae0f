/// A match inside a piece of text: its kind, byte range and masked form.
struct PieceMatch: Sendable, Equatable {
    var kind: PersonalDataKind
    var start: Int
    var end: Int
    var masked: String
    /// For an e-mail address: a role mailbox (`contact@`, `support@`), which names no one.
    var isRole = false
}

/// Byte predicates shared by the matchers.
enum Bytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) || isLower(byte) }

    /// Whether `bytes` holds a zero byte, tested eight bytes at a time.
    static func containsZero(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Exact: some byte is zero if and only if this is not zero.
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0 { return true }
            index += 1
        }
        return false
    }

    /// The byte at `index`, or 0 outside the piece.
    static func at(_ piece: Piece, _ index: Int) -> UInt8 { index >= 0 && index < piece.count ? piece[index] : 0 }

    /// Remainder of a decimal number, written as ASCII digits, divided by 97 (letters count as 10–35).
    static func mod97<S: Sequence>(_ characters: S) -> Int where S.Element == UInt8 {
        var remainder = 0
        for byte in characters {
            if isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else if isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - 0x41) + 10) % 97
            }
        }
        return remainder
    }
}

/// The bytes of one piece of text, read in place.
typealias Piece = UnsafeBufferPointer<UInt8>
