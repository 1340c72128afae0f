/// Finds IBANs: country code, two check digits and the account number, with or without spaces, checked with
/// ISO 7064 mod 97. Lengths are known for the countries deposits meet most; others may be 15–34 long and
/// are reported only when the check digits match.
enum IBANMatcher {
    static let lengths: [String: Int] = [
        "FR": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "GB": 22, "NL": 18, "CH": 21, "LU": 20, "PT": 25,
        "MC": 27, "AT": 20, "IE": 22, "DK": 18, "FI": 18, "SE": 24, "NO": 15, "PL": 28, "GR": 27,
    ]

    static func match(_ piece: Piece, at start: Int) -> PieceMatch? {
        guard start + 4 <= piece.count, Bytes.isUpper(piece[start]), Bytes.isUpper(piece[start + 1]),
            Bytes.isDigit(piece[start + 2]), Bytes.isDigit(piece[start + 3])
        else { return nil }
        let country = String(decoding: piece[start..<(start + 2)], as: UTF8.self)
        var characters: [UInt8] = []
        var ends: [Int] = []  // piece index after each character
        var index = start
        let wanted = lengths[country] ?? 34
        while characters.count < wanted, index < piece.count {
            let byte = piece[index]
            if byte == 0x20, characters.count >= 4, Bytes.isAlphanumeric(Bytes.at(piece, index + 1)) {
                index += 1
                continue
            }
            guard Bytes.isDigit(byte) || Bytes.isUpper(byte) else { break }
            characters.append(byte)
            index += 1
            ends.append(index)
        }
        if let length = lengths[country] {
            guard characters.count == length, !Bytes.isAlphanumeric(Bytes.at(piece, index)) else { return nil }
            let valid = checks(characters)
            return PieceMatch(kind: valid ? .iban : .ibanWithWrongChecksum, start: start, end: index, masked: mask(characters))
        }
        var length = characters.count
        while length >= 15 {
            let end = ends[length - 1]
            if !Bytes.isAlphanumeric(Bytes.at(piece, end)), checks(Array(characters.prefix(length))) {
                return PieceMatch(kind: .iban, start: start, end: end, masked: mask(Array(characters.prefix(length))))
            }
            length -= 1
        }
        return nil
    }

    private static func checks(_ characters: [UInt8]) -> Bool {
        Bytes.mod97(characters.dropFirst(4) + characters.prefix(4)) == 1
    }

    /// `FR76 **** **** **** **** ***0 189`: country, check digits and the last four characters.
    private static func mask(_ characters: [UInt8]) -> String {
        var masked = Array(characters.prefix(4))
        masked += [UInt8](repeating: 0x2A, count: max(characters.count - 8, 0))
        masked += characters.suffix(min(4, characters.count - 4))
        var grouped = ""
        for (index, byte) in masked.enumerated() {
            if index > 0, index % 4 == 0 { grouped += " " }
            grouped.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return grouped
    }
}
