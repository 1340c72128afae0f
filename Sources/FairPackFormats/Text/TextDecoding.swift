/// Turns short runs of file bytes (a header name, an example value) into strings: UTF-8 when valid,
/// otherwise Windows-1252, so a Latin-1 file still reads as its author wrote it.
public enum TextDecoding {
    /// Decodes `bytes` as UTF-8, or as Windows-1252 when they are not valid UTF-8.
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    /// Decodes `bytes` as Windows-1252 (bytes it leaves undefined map to the same code point, as in Latin-1).
    public static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        // Built as UTF-8 bytes, then made a String once: appending scalar by scalar costs
        // more than the rest of a small file's read.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
                continue
            }
            let value = (0x80...0x9F).contains(byte) ? c1Table[Int(byte) - 0x80] : UInt32(byte)
            if value < 0x800 {
                utf8.append(UInt8(0xC0 | (value >> 6)))
            } else {
                utf8.append(UInt8(0xE0 | (value >> 12)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            }
            utf8.append(UInt8(0x80 | (value & 0x3F)))
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Windows-1252's characters for 0x80–0x9F.
    private static let c1Table: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
