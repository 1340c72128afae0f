import Foundation

/// An ORCID iD: 16 characters, the last a check character (ISO/IEC 7064 MOD 11-2), inside one
/// of the blocks ISNI reserved for ORCID.
///
/// Accepts `0000-0002-1825-0097`, the same 16 characters without hyphens, and the URI with or
/// without its scheme (`https://orcid.org/…`, `http://orcid.org/…`, `orcid.org/…`); a lower-case
/// `x` is read as `X`, surrounding whitespace is ignored. Use ``validate(_:)`` to learn what is
/// wrong with a text that is not an iD.
public struct ORCID: Sendable, Hashable, CustomStringConvertible {
    /// Why a text is not an ORCID iD. ``ORCID/validate(_:)`` reports the first that applies, in
    /// the order declared here.
    ///
    /// An `Error` only so that it can be the failure of a `Result`.
    public enum Problem: Error, Sendable, Equatable {
        /// Not 16 characters (four groups of four, or none) in one of the accepted written forms.
        case format
        /// The last character does not follow from the first 15; `expected` is the one that would.
        case checksum(expected: Character)
        /// Well formed and self-consistent, but outside the blocks ORCID issues iDs from
        /// (0000-0001-5000-0007 to 0000-0003-5000-0001, and 0009-0000-0000-0000 to 0009-0010-0000-0000).
        case range
    }

    /// The 16 characters without hyphens (`0000000218250097`); the last may be `X`.
    public let digits: String

    private init(digits: String) {
        self.digits = digits
    }

    /// Parses an iD; nil whenever ``validate(_:)`` reports a problem.
    public init?(_ text: String) {
        guard case .success(let orcid) = Self.validate(text) else { return nil }
        self = orcid
    }

    /// Parses an iD and, when it is not one, says why: the format first, then the check
    /// character, then the ORCID blocks.
    public static func validate(_ text: String) -> Result<ORCID, Problem> {
        guard let digits = sixteenCharacters(of: text), let last = digits.last,
              let expected = checkCharacter(for: String(digits.dropLast())) else { return .failure(.format) }
        guard last == expected else { return .failure(.checksum(expected: expected)) }
        guard let base = Int(digits.dropLast()), blocks.contains(where: { $0.contains(base) }) else {
            return .failure(.range)
        }
        return .success(ORCID(digits: digits))
    }

    /// The ISO/IEC 7064 MOD 11-2 check character (`0`–`9` or `X`) for the first 15 digits;
    /// nil unless `first15` is exactly 15 ASCII digits.
    public static func checkCharacter(for first15: String) -> Character? {
        guard first15.count == 15 else { return nil }
        var total = 0
        for character in first15 {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            total = (total + digit) * 2 % 11
        }
        let check = (12 - total % 11) % 11
        return check == 10 ? "X" : Character(String(check))
    }

    /// The iD as ORCID prints it: `0000-0002-1825-0097`.
    public var identifier: String {
        stride(from: 0, to: 16, by: 4)
            .map { String(digits.dropFirst($0).prefix(4)) }
            .joined(separator: "-")
    }

    /// The canonical URI, which is what ORCID asks metadata to carry: `https://orcid.org/0000-0002-1825-0097`.
    public var url: String { "https://orcid.org/" + identifier }

    /// The iD in its hyphenated form, as ``identifier``.
    public var description: String { identifier }

    /// The 15-digit bases ORCID issues from (ORCID support, "What is the relationship between
    /// ISNI and ORCID?"), bounds included, as idutils encodes them.
    private static let blocks: [ClosedRange<Int>] = [15_000_000...35_000_000, 900_000_000_000...900_100_000_000]

    private static let uriPrefixes = ["https://orcid.org/", "http://orcid.org/", "orcid.org/"]

    /// The 16 characters, `x` made `X`, when the text has an accepted shape; the check
    /// character and the blocks are left to the caller.
    private static func sixteenCharacters(of text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let prefix = uriPrefixes.first(where: { body.prefix($0.count).lowercased() == $0 }) {
            body = body.dropFirst(prefix.count)
        }
        if body.count == 19 {
            let groups = body.split(separator: "-", omittingEmptySubsequences: false)
            guard groups.count == 4, groups.allSatisfy({ $0.count == 4 }) else { return nil }
            body = Substring(groups.joined())
        }
        guard body.count == 16, let last = body.last else { return nil }
        let base = body.dropLast()
        guard base.allSatisfy({ $0.isASCII && $0.isNumber }),
              (last.isASCII && last.isNumber) || last == "X" || last == "x" else { return nil }
        return String(base) + (last == "x" ? "X" : String(last))
    }
}
