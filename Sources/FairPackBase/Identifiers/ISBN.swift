import Foundation

/// An ISBN, in its 10-character form (MOD 11 check, `X` for 10) or its 13-digit form
/// (weights 1 and 3 alternating, prefix `978` or `979`); both name the same book once normalised.
///
/// Hyphens and spaces between the characters are ignored, as is an `ISBN`, `ISBN-10` or
/// `ISBN-13` label in any case, with or without a colon (`ISBN 978-2-07-036822-8`,
/// `2-07-036822-X`); a lower-case `x` is read as `X`. Two values are equal when they name the
/// same ISBN-13, whichever form they were written in.
public struct ISBN: Sendable, Hashable, CustomStringConvertible {
    /// The 13-digit form without separators: `9782070368228`. A 10-character ISBN becomes `978`,
    /// its first nine digits and a new check digit.
    public let isbn13: String

    /// Parses an ISBN; nil when the text has another shape or the check character is wrong.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.prefix(4).lowercased() == "isbn" {
            body = body.dropFirst(4)
            for label in ["-13", "-10", "13", "10"] where body.hasPrefix(label) {
                let after = body.dropFirst(label.count)
                if after.first == ":" || after.first?.isWhitespace == true {
                    body = after
                    break
                }
            }
            if body.first == ":" { body = body.dropFirst() }
        }
        let characters = Array(body.filter { $0 != "-" && !$0.isWhitespace })
        switch characters.count {
        case 10:
            let digits = characters.dropLast().compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
            guard digits.count == 9, let last = characters.last else { return nil }
            let total = zip((2...10).reversed(), digits).reduce(0) { $0 + $1.0 * $1.1 }
            let check = (11 - total % 11) % 11
            guard last == (check == 10 ? "X" : Character(String(check))) || (check == 10 && last == "x") else {
                return nil
            }
            let body13 = [9, 7, 8] + digits
            isbn13 = (body13 + [Self.checkDigit13(body13)]).map(String.init).joined()
        case 13:
            let digits = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
            guard digits.count == 13, digits.prefix(3) == [9, 7, 8] || digits.prefix(3) == [9, 7, 9],
                  let last = digits.last, Self.checkDigit13(digits.dropLast()) == last else { return nil }
            isbn13 = digits.map(String.init).joined()
        default:
            return nil
        }
    }

    /// The ISBN-13, as ``isbn13``.
    public var description: String { isbn13 }

    /// The ISBN-13 check digit of twelve digits.
    private static func checkDigit13(_ digits: some Collection<Int>) -> Int {
        let total = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset.isMultiple(of: 2) ? 1 : 3) }
        return (10 - total % 10) % 10
    }
}
