/// What a single table cell looks like, judged from its bytes alone.
public enum ValueClass: Int, Sendable, Equatable, CaseIterable {
    /// Nothing, or only spaces.
    case empty
    /// `42`, `-7`, `+3`.
    case integer
    /// `12.5`, `-0.25`, `1e-3`, `.5`.
    case decimal
    /// `12,5`: a decimal comma, as French spreadsheets write numbers.
    case decimalComma
    /// `2024-03-15` (optionally with a time) or `15/03/2024`.
    case date
    /// `true`/`false`, `yes`/`no`, `oui`/`non`, `vrai`/`faux`, any case.
    case boolean
    /// A marker for a missing number: `NA`, `N/A`, `n/a`, `-`, `null`, `NaN`, `?`, `.`.
    case missingMarker
    /// Anything else.
    case text

    /// Classifies a cell from its bytes; surrounding spaces are ignored.
    public static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueClass {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start == end { return .empty }
        let cell = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if let number = numberClass(cell) { return number }
        if isDate(cell) { return .date }
        if cell.count <= 8 {
            let word = packed(cell)
            if booleanWords.contains(word) { return .boolean }
            if missingWords.contains(word) { return .missingMarker }
        }
        return .text
    }

    /// Classifies a cell given as an array of bytes.
    public static func classify(_ bytes: [UInt8]) -> ValueClass {
        bytes.withUnsafeBufferPointer { classify($0) }
    }

    private static let booleanWords: [UInt64] = ["true", "false", "yes", "no", "oui", "non", "vrai", "faux"].map(packedWord)
    private static let missingWords: [UInt64] =
        ["na", "n/a", "n.a.", "-", "--", "null", "nan", "?", ".", "nd", "n.d.", "none"].map(packedWord)

    /// Up to 8 bytes, lower-cased, in one integer: compared without hashing or allocating.
    private static func packed(_ cell: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in cell { value = value << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return value
    }

    private static func packedWord(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { packed($0) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Integer, decimal with `.` (and exponent), or decimal with `,`.
    private static func numberClass(_ cell: UnsafeBufferPointer<UInt8>) -> ValueClass? {
        var index = 0
        if cell[0] == 0x2D || cell[0] == 0x2B { index = 1 }
        var digits = 0, separator: UInt8 = 0, fractionDigits = 0, exponent = false
        while index < cell.count {
            let byte = cell[index]
            if isDigit(byte) {
                if separator == 0 { digits += 1 } else { fractionDigits += 1 }
            } else if (byte == 0x2E || byte == 0x2C), separator == 0, !exponent {
                separator = byte
            } else if (byte == 0x65 || byte == 0x45), !exponent, digits + fractionDigits > 0, separator != 0x2C {
                exponent = true
                if index + 1 < cell.count, cell[index + 1] == 0x2D || cell[index + 1] == 0x2B { index += 1 }
                guard index + 1 < cell.count else { return nil }
                separator = separator == 0 ? 0x2E : separator
                fractionDigits = max(fractionDigits, 1)
                digits = max(digits, 1)
            } else {
                return nil
            }
            index += 1
        }
        if separator == 0 { return digits > 0 ? .integer : nil }
        guard fractionDigits > 0 || (exponent && digits > 0) else { return nil }
        return separator == 0x2C ? .decimalComma : .decimal
    }

    private static func number(_ cell: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
        var value = 0
        for index in from..<(from + count) {
            guard index < cell.count, isDigit(cell[index]) else { return nil }
            value = value * 10 + Int(cell[index] - 0x30)
        }
        return value
    }

    /// `yyyy-mm-dd` (then nothing, or a time after `T` or a space) and `dd/mm/yyyy`.
    private static func isDate(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count >= 10, cell[4] == 0x2D, cell[7] == 0x2D,
            number(cell, 0, 4) != nil, let month = number(cell, 5, 2), let day = number(cell, 8, 2),
            (1...12).contains(month), (1...31).contains(day)
        {
            if cell.count == 10 { return true }
            return (cell[10] == 0x54 || cell[10] == 0x20) && cell.count >= 13 && isDigit(cell[11]) && isDigit(cell[12])
        }
        if cell.count == 10, cell[2] == 0x2F, cell[5] == 0x2F,
            let day = number(cell, 0, 2), let month = number(cell, 3, 2), number(cell, 6, 4) != nil
        {
            return (1...12).contains(month) && (1...31).contains(day)
        }
        return false
    }
}
