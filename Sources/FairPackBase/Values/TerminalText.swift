/// Text from a deposit, a bag or a program made safe to print on a terminal: control
/// characters (C0, DEL, C1) and the bidirectional overrides are shown escaped (`\x1b`,
/// `\u{202e}`), so a value can neither send escape sequences to the terminal nor split a
/// report line.
package enum TerminalText {
    /// `text` with every control character escaped; a backslash stays as it is.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += scalar.value < 0x100 ? "\\x" + hex(scalar.value, 2) : "\\u{" + hex(scalar.value, 4) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped line by line: its own line breaks stay, every other control character is escaped.
    package static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
    }

    private static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
