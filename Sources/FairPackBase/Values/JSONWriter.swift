/// Writes JSON from plain values (text, numbers, booleans, arrays, dictionaries) with keys in
/// code-point order and two-space indentation: deterministic, and fast on crates of many
/// thousands of entities (Foundation's sorted output collates keys through ICU).
package enum JSONWriter {
    /// The document as UTF-8 text, ending with a newline.
    package static func text(_ value: Any) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private static func write(_ value: Any, indent: Int, into output: inout String) {
        switch value {
        case let text as String:
            quote(text, into: &output)
        case let flag as Bool:
            output += flag ? "true" : "false"
        case let number as Int:
            output += String(number)
        case let number as UInt64:
            output += String(number)
        case let number as Double where number.isFinite:
            output += number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case let array as [Any]:
            guard !array.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in array.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += index == array.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case let object as [String: Any]:
            guard !object.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            let keys = object.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                quote(key, into: &output)
                output += ": "
                write(object[key] ?? "", indent: indent + 2, into: &output)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        default:
            output += "null"
        }
    }

    /// Appends `text` quoted: runs without a character to escape are copied whole (escapes are
    /// all ASCII, so a run never splits a character).
    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                output += Substring(utf8[runStart..<index])
                output += escape(byte)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += Substring(utf8[runStart..<utf8.endIndex])
        output += "\""
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
