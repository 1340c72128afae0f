/// Text made safe for the XML and HTML reports.
enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and the control characters XML 1.0
    /// forbids (all below U+0020 but tab, line feed and carriage return) replaced by U+FFFD.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value):
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}

/// A short, stable digest of text: 64-bit FNV-1a as 16 hexadecimal digits. Used for the
/// fingerprints that let CI tools follow a finding from one run to the next; not for security.
enum StableDigest {
    /// The digest of `text`'s UTF-8 bytes.
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
