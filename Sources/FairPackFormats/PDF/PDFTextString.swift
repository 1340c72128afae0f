import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// Decodes a PDF text string (the bytes of a `/Title`) as ISO 32000 §7.9.2.2 says: UTF-16BE
/// after FE FF, UTF-8 after EF BB BF (PDF 2.0), else PDFDocEncoding.
enum PDFTextString {
    /// The text, trimmed of white space and NULs; nil when nothing is left.
    static func decode(_ bytes: [UInt8]) -> String? {
        let text: String
        if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            // Not allowed by the standard, but some producers write little-endian UTF-16.
            text = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else {
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(pdfDocEncoding(byte)) }
            text = String(scalars)
        }
        let trimmed = text.trimmingCharacters(in: trimmed)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static let trimmed = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{0}"))

    /// UTF-16 code units, without the language marks (`ESC fr ESC`) a text string may carry.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        var inLanguageMark = false
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            let unit = bigEndian ? first << 8 | second : second << 8 | first
            index += 2
            if unit == 0x1B {
                inLanguageMark.toggle()
            } else if !inLanguageMark {
                units.append(unit)
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// One PDFDocEncoding byte (ISO 32000 Annex D): Latin-1 but for 0x18–0x1F, 0x80–0xA0.
    static func pdfDocEncoding(_ byte: UInt8) -> Unicode.Scalar {
        let code: UInt32 = switch byte {
        case 0x18...0x1F: upperControls[Int(byte - 0x18)]
        case 0x80...0x9E: upperTable[Int(byte - 0x80)]
        case 0xA0: 0x20AC
        default: UInt32(byte)
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// 0x18–0x1F: spacing diacritics.
    private static let upperControls: [UInt32] = [0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC]

    /// 0x80–0x9E: punctuation, ligatures and Central European letters.
    private static let upperTable: [UInt32] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
        0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018,
        0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160,
        0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E,
    ]
}
