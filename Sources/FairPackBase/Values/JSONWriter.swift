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

    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
