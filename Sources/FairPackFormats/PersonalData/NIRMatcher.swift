/// Finds French social security numbers (NIR): sex, year, month, department (2A/2B for Corsica), commune,
/// order and a two-digit key equal to 97 − (the 13 digits mod 97), with or without single spaces.
enum NIRMatcher {

    /// 1 and 2, or 3, 4, 7 and 8 for provisional numbers.
    private static func isSexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x31 && byte <= 0x34) || byte == 0x37 || byte == 0x38
    }

    /// Cheap test before any allocation: 15 digits (or 2A/2B) within the next 22 bytes, spaces allowed.
    private static func plausible(_ piece: Piece, _ start: Int) -> Bool {
        var digits = 0
        var index = start
        while index < piece.count, index < start + 22, digits < 15 {
            let byte = piece[index]
            if Bytes.isDigit(byte) || byte == 0x41 || byte == 0x42 { digits += 1 } else if byte != 0x20 { return false }
            index += 1
        }
        return digits == 15
    }

    static func match(_ piece: Piece, at start: Int) -> PieceMatch? {
        guard isSexDigit(piece[start]), plausible(piece, start) else { return nil }
        var units: [UInt8] = []
        var index = start
        while units.count < 15, index < piece.count {
            let byte = piece[index]
            if byte == 0x20, !units.isEmpty, Bytes.isAlphanumeric(Bytes.at(piece, index + 1)) {
                index += 1
                continue
            }
            let isCorsica = units.count == 6 && (byte == 0x41 || byte == 0x42) && units[5] == 0x32
            guard Bytes.isDigit(byte) || isCorsica else { return nil }
            units.append(byte)
            index += 1
        }
        guard units.count == 15, !Bytes.isAlphanumeric(Bytes.at(piece, index)) else { return nil }
        let month = Int(units[3] - 0x30) * 10 + Int(units[4] - 0x30)
        guard (1...12).contains(month) || (20...42).contains(month) || month >= 50 else { return nil }
        var number = 0
        for (position, unit) in units.prefix(13).enumerated() {
            var digit = Int(unit) - 0x30
            if position == 5, units[6] == 0x41 || units[6] == 0x42 { digit = 1 }
            if position == 6, unit == 0x41 { digit = 9 } else if position == 6, unit == 0x42 { digit = 8 }
            number = number * 10 + digit
        }
        let key = Int(units[13] - 0x30) * 10 + Int(units[14] - 0x30)
        let kind: PersonalDataKind = key == 97 - number % 97 ? .nir : .nirWithWrongKey
        let masked = "\(Character(Unicode.Scalar(units[0]))) ** ** ** *** *** "
            + String(decoding: units.suffix(2), as: UTF8.self)
        return PieceMatch(kind: kind, start: start, end: index, masked: masked)
    }
}
