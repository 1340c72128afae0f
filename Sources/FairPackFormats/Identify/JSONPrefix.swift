/// Checks that a byte prefix is plausible JSON: balanced-so-far structure, valid tokens, and
/// nothing after the top-level value but whitespace. A prefix cut mid-value is fine.
enum JSONPrefix {
    static func isPlausible(_ bytes: ArraySlice<UInt8>, complete: Bool) -> Bool {
        var stack: [UInt8] = []
        var index = bytes.startIndex
        var expectValue = true
        var sawValue = false
        let maxDepth = 512
        func skipSpace() { while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        while true {
            skipSpace()
            guard index < bytes.endIndex else { return sawValue && (!complete || stack.isEmpty) }
            let byte = bytes[index]
            if stack.isEmpty && sawValue { return false }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard expectValue, stack.count < maxDepth else { return false }
                stack.append(byte)
                index += 1
                sawValue = true
                expectValue = true
                skipSpace()
                if index < bytes.endIndex, bytes[index] == (byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    stack.removeLast()
                    index += 1
                    expectValue = false
                } else if byte == UInt8(ascii: "{"), index < bytes.endIndex, bytes[index] != UInt8(ascii: "\"") {
                    return false
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let open = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                guard !expectValue, stack.last == open else { return false }
                stack.removeLast()
                index += 1
            case UInt8(ascii: ","):
                guard !expectValue, !stack.isEmpty else { return false }
                index += 1
                expectValue = true
                if stack.last == UInt8(ascii: "{") {
                    skipSpace()
                    if index < bytes.endIndex, bytes[index] != UInt8(ascii: "\"") { return false }
                }
            case UInt8(ascii: ":"):
                guard !expectValue, stack.last == UInt8(ascii: "{") else { return false }
                index += 1
                expectValue = true
            case UInt8(ascii: "\""):
                guard expectValue else { return false }
                index += 1
                while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] < 0x20 { return false }
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.endIndex else { return !complete }
                index += 1
                expectValue = false
                sawValue = true
            default:
                guard expectValue, let length = literalLength(bytes, at: index) else {
                    return index >= bytes.endIndex - 8 && !complete && expectValue
                }
                index += length
                expectValue = false
                sawValue = true
            }
        }
    }

    private static func literalLength(_ bytes: ArraySlice<UInt8>, at start: Int) -> Int? {
        for word in ["true", "false", "null"] where bytes[start...].starts(with: word.utf8) { return word.utf8.count }
        var index = start
        while index < bytes.endIndex, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        let first = bytes[start]
        return first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) ? index - start : nil
    }
}
