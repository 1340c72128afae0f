import Foundation

/// An ISSN, the number of a serial: seven digits and a check character (MOD 11, `X` for 10),
/// written `0317-8471`.
///
/// Accepts the eight characters with or without the hyphen, after an optional `ISSN` label in
/// any case (`ISSN 0317-8471`, `issn:03178471`); a lower-case `x` is read as `X`, surrounding
/// whitespace is ignored.
public struct ISSN: Sendable, Hashable, CustomStringConvertible {
    /// The ISSN as it is printed: `0317-8471`.
    public let identifier: String

    /// Parses an ISSN; nil when the text has another shape or the check character is wrong.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.prefix(4).lowercased() == "issn" {
            body = body.dropFirst(4)
            if body.first == ":" { body = body.dropFirst() }
            body = body.drop(while: \.isWhitespace)
        }
        if body.count == 9 {
            guard body[body.index(body.startIndex, offsetBy: 4)] == "-" else { return nil }
            body = body.prefix(4) + body.suffix(4)
        }
        guard body.count == 8, let last = body.last else { return nil }
        let digits = body.dropLast()
        var total = 0
        for (weight, character) in zip((2...8).reversed(), digits) {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            total += weight * digit
        }
        let check = (11 - total % 11) % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        guard (last == "x" ? "X" : last) == expected else { return nil }
        identifier = digits.prefix(4) + "-" + digits.suffix(3) + String(expected)
    }

    /// The ISSN, as ``identifier``.
    public var description: String { identifier }
}
