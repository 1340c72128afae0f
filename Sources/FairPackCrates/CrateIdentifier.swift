import Foundation

/// What an entity `@id` is, read as a URI reference relative to the crate root.
struct CrateIdentifier: Sendable {
    /// The `@id` as written.
    let raw: String

    /// Whether the `@id` starts with a URI scheme (`https:`, `doi:`, `file:` …).
    var isAbsolute: Bool {
        guard let colon = raw.firstIndex(of: ":") else { return false }
        let scheme = raw[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Whether the `@id` is a local identifier such as `#alice`, naming no file.
    var isFragment: Bool { raw.hasPrefix("#") }

    /// Whether the `@id` is a web address (`http`, `https`, `ftp`, `ftps`).
    var isWeb: Bool {
        let lower = raw.lowercased()
        return ["http://", "https://", "ftp://", "ftps://"].contains { lower.hasPrefix($0) }
    }

    /// Whether the `@id` is a relative path naming something in the payload.
    var isRelativePath: Bool { !isAbsolute && !isFragment && !raw.isEmpty }

    /// The payload path a relative `@id` names: query and fragment dropped, percent escapes decoded.
    var payloadPath: String? {
        guard isRelativePath else { return nil }
        var path = Substring(raw)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        return String(path).removingPercentEncoding
    }

    /// Why the `@id` is not a valid URI (or IRI) reference, or nil when it is.
    var invalidReason: String? {
        if raw.isEmpty { return "it is empty" }
        for scalar in raw.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F {
                return scalar == " " ? "it contains a space (write %20)" : "it contains a control character"
            }
            if "<>\"{}|\\^`".unicodeScalars.contains(scalar) {
                return "it contains the character \(Character(scalar)), which URIs do not allow"
            }
        }
        let bytes = Array(raw.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, Self.isHex(bytes[index + 1]), Self.isHex(bytes[index + 2]) else {
                    return "it has a % not followed by two hexadecimal digits (write %25)"
                }
                index += 3
            } else {
                index += 1
            }
        }
        if raw.filter({ $0 == "#" }).count > 1 { return "it contains more than one #" }
        return nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
