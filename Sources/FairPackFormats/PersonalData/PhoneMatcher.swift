/// Finds phone numbers while leaving dates, ORCIDs, ISBNs, decimals, versions and long identifiers alone:
/// a number counts only with a `+` or `00` prefix (8–15 digits, `+33` exactly 11), or as a French national
/// number `0X XX XX XX XX` (ten digits, in pairs with one same separator, or none).
enum PhoneMatcher {
    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2E || byte == 0x2D }

    static func match(_ piece: Piece, at start: Int) -> PieceMatch? {
        let first = piece[start]
        if first == 0x2B { return international(piece, start: start, digitsFrom: start + 1, prefixLength: 1) }
        guard first == 0x30 else { return nil }
        let second = Bytes.at(piece, start + 1)
        if second == 0x30 { return international(piece, start: start, digitsFrom: start + 2, prefixLength: 2) }
        return national(piece, start: start)
    }

    /// `06 12 34 56 78`, `06.12.34.56.78`, `06-12-34-56-78`, `0612345678`.
    private static func national(_ piece: Piece, start: Int) -> PieceMatch? {
        guard Bytes.isDigit(Bytes.at(piece, start + 1)), Bytes.at(piece, start + 1) != 0x30 else { return nil }
        var index = start + 2
        let separator = Bytes.at(piece, index)
        let separated = isSeparator(separator)
        for _ in 0..<4 {
            if separated {
                guard Bytes.at(piece, index) == separator else { return nil }
                index += 1
            }
            guard Bytes.isDigit(Bytes.at(piece, index)), Bytes.isDigit(Bytes.at(piece, index + 1)) else { return nil }
            index += 2
        }
        let next = Bytes.at(piece, index)
        if Bytes.isAlphanumeric(next) { return nil }
        if isSeparator(next), Bytes.isDigit(Bytes.at(piece, index + 1)) { return nil }
        return PieceMatch(kind: .phone, start: start, end: index, masked: mask(piece[start..<index], keepLeading: 2))
    }

    /// `+33 6 12 34 56 78`, `+33 (0)6 12 34 56 78`, `0033 612345678`, `+44 20 7946 0958`.
    private static func international(_ piece: Piece, start: Int, digitsFrom: Int, prefixLength: Int) -> PieceMatch? {
        guard Bytes.isDigit(Bytes.at(piece, digitsFrom)), Bytes.at(piece, digitsFrom) != 0x30 else { return nil }
        var digits: [UInt8] = []
        var index = digitsFrom
        var separators = 0
        while index < piece.count {
            let byte = piece[index]
            if Bytes.isDigit(byte) {
                digits.append(byte)
                index += 1
            } else if byte == 0x28, Bytes.at(piece, index + 1) == 0x30, Bytes.at(piece, index + 2) == 0x29, digits.count <= 3 {
                index += 3  // the trunk prefix "(0)" is not dialled from abroad
                separators += 1
            } else if isSeparator(byte), Bytes.isDigit(Bytes.at(piece, index + 1)) || Bytes.at(piece, index + 1) == 0x28 {
                index += 1
                separators += 1
            } else {
                break
            }
            if digits.count > 15 { return nil }
        }
        if Bytes.isAlphanumeric(Bytes.at(piece, index)) { return nil }
        let french = digits.starts(with: [0x33, 0x33])
        if french { guard digits.count == 11 else { return nil } } else { guard (8...15).contains(digits.count) else { return nil } }
        // A bare 00 followed by digits is as likely an identifier: ask for phone-like grouping.
        if prefixLength == 2, separators == 0, !french { return nil }
        let kept = prefixLength + (french ? 3 : 2)
        return PieceMatch(kind: .phone, start: start, end: index, masked: mask(piece[start..<index], keepLeading: kept))
    }

    /// Keeps the first `keepLeading` digits or `+` and the last two digits; other digits become `*`.
    private static func mask(_ bytes: Slice<Piece>, keepLeading: Int) -> String {
        let counted = bytes.filter { Bytes.isDigit($0) || $0 == 0x2B }.count
        let bytes = Array(bytes)
        let trunk: [UInt8] = [0x28, 0x30, 0x29]
        let digitTotal = counted - (bytes.firstRange(of: trunk) == nil ? 0 : 1)
        var seen = 0
        var result = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x28, bytes[(index - 1)...].starts(with: trunk) {
                result += "(0)"  // the trunk prefix says nothing about the person
                index += 2
                continue
            }
            var output = byte
            if Bytes.isDigit(byte) || byte == 0x2B {
                seen += 1
                if seen > keepLeading, seen <= digitTotal - 2 { output = 0x2A }
            }
            result.unicodeScalars.append(Unicode.Scalar(output))
        }
        return result
    }
}
