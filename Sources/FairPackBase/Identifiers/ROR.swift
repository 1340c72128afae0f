import Foundation

/// A ROR identifier of a research organisation: `0`, six Crockford base32 characters, and two
/// check digits (ISO 7064 MOD 97-10 of the six characters' value).
///
/// Accepts `03yrm5c26` and the URI with or without its scheme (`https://ror.org/…`,
/// `http://ror.org/…`, `ror.org/…`), in any case, surrounding whitespace ignored. Crockford's
/// look-alike letters `i`, `l`, `o` and `u` are refused rather than read as digits: ROR never
/// issues them. Use ``validate(_:)`` to learn what is wrong with a text that is not an id.
public struct ROR: Sendable, Hashable, CustomStringConvertible {
    /// Why a text is not a ROR id. ``ROR/validate(_:)`` reports the first that applies, in the
    /// order declared here.
    ///
    /// An `Error` only so that it can be the failure of a `Result`.
    public enum Problem: Error, Sendable, Equatable {
        /// Not `0` + six base32 characters + two digits in one of the accepted written forms.
        case format
        /// The two check digits do not follow from the six characters; `expected` is the pair
        /// that would, zero-padded (`"05"`).
        case checksum(expected: String)
    }

    /// The id, bare and lower-case: `03yrm5c26`.
    public let id: String

    private init(id: String) {
        self.id = id
    }

    /// Parses an id; nil whenever ``validate(_:)`` reports a problem.
    public init?(_ text: String) {
        guard case .success(let ror) = Self.validate(text) else { return nil }
        self = ror
    }

    /// Parses an id and, when it is not one, says why: the format first, then the check digits.
    public static func validate(_ text: String) -> Result<ROR, Problem> {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        if let prefix = uriPrefixes.first(where: { body.hasPrefix($0) }) {
            body = body.dropFirst(prefix.count)
        }
        guard body.count == 9, body.first == "0" else { return .failure(.format) }
        let encoded = String(body.dropFirst().prefix(6))
        let written = body.suffix(2)
        guard written.allSatisfy({ $0.isASCII && $0.isNumber }),
              let expected = checkDigits(for: encoded) else { return .failure(.format) }
        guard written == expected else { return .failure(.checksum(expected: expected)) }
        return .success(ROR(id: String(body)))
    }

    /// The two check digits, zero-padded, for the six base32 characters after the leading `0`
    /// (`3yrm5c`, from `03yrm5c26`, gives `"26"`); nil unless `encoded` is six characters of
    /// ROR's alphabet, in any case.
    public static func checkDigits(for encoded: String) -> String? {
        guard encoded.count == 6 else { return nil }
        var value = 0
        for character in encoded.lowercased() {
            guard let digit = alphabet.firstIndex(of: character) else { return nil }
            value = value * 32 + digit
        }
        let check = 98 - (value * 100) % 97
        return check < 10 ? "0\(check)" : String(check)
    }

    /// The canonical URI, which is what ROR asks metadata to carry: `https://ror.org/03yrm5c26`.
    public var url: String { "https://ror.org/" + id }

    /// The bare id, as ``id``.
    public var description: String { id }

    /// Crockford's base32 digits, in value order, without `i`, `l`, `o`, `u`.
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    private static let uriPrefixes = ["https://ror.org/", "http://ror.org/", "ror.org/"]
}
