import Foundation

/// A DOI: `10.<registrant>[.<sub>…]/<suffix>` (ISO 26324), such as Recherche Data Gouv's
/// `10.57745/LLRJO0`.
///
/// Accepts the bare DOI, the `doi:` scheme in any case with or without a space
/// (`doi:10.1234/abc`, `DOI: 10.1234/abc`), and the resolver URL with or without its scheme
/// (`https://doi.org/…`, `http://dx.doi.org/…`, `doi.org/…`, `www.doi.org/…`), whose
/// percent-escapes are decoded. The registrant is 4 to 9 digits, optionally followed by
/// `.`-separated numeric sub-parts; the suffix is anything non-empty without whitespace.
///
/// DOIs are case-insensitive: two values are equal when their identifiers differ only in case,
/// while ``suffix`` keeps the case it was written in.
public struct DOI: Sendable, Hashable, CustomStringConvertible {
    /// The part before the slash: `10.57745`.
    public let prefix: String
    /// The part after the first slash, as written: `LLRJO0`. It may itself contain slashes.
    public let suffix: String

    /// Parses a DOI; nil when the text is none of the accepted forms.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if Self.dropPrefix("doi:", from: &body) {
            body = body.drop(while: \.isWhitespace)
        } else {
            var resolver = body
            let scheme = Self.dropPrefix("https://", from: &resolver) || Self.dropPrefix("http://", from: &resolver)
            let subdomain = Self.dropPrefix("dx.", from: &resolver) || Self.dropPrefix("www.", from: &resolver)
            if Self.dropPrefix("doi.org/", from: &resolver) {
                body = Substring(resolver.removingPercentEncoding ?? String(resolver))
            } else if scheme || subdomain {
                return nil
            }
        }
        guard let slash = body.firstIndex(of: "/") else { return nil }
        let prefix = body[..<slash]
        let suffix = body[body.index(after: slash)...]
        let parts = prefix.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "10", (4...9).contains(parts[1].count),
              parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !suffix.isEmpty, !suffix.contains(where: Self.isBlank) else { return nil }
        self.prefix = String(prefix)
        self.suffix = String(suffix)
    }

    /// `prefix/suffix`, the suffix in the case it was written: `10.57745/LLRJO0`.
    public var identifier: String { prefix + "/" + suffix }

    /// The resolver URL, `https://doi.org/` and the identifier with the characters a URL path
    /// cannot carry (`#`, `?`, `%`, `<`, …) percent-escaped.
    public var url: String {
        "https://doi.org/" + (identifier.addingPercentEncoding(withAllowedCharacters: Self.pathAllowed) ?? identifier)
    }

    /// The bare identifier, as ``identifier``.
    public var description: String { identifier }

    /// Equal when the identifiers are equal ignoring case, as the DOI system resolves them.
    public static func == (lhs: DOI, rhs: DOI) -> Bool {
        lhs.identifier.lowercased() == rhs.identifier.lowercased()
    }

    /// Hashes the identifier ignoring case, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(identifier.lowercased())
    }

    private static let pathAllowed = CharacterSet.urlPathAllowed

    /// Whitespace and control characters, which no DOI contains and which mark a text run together.
    private static func isBlank(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Drops `prefix` (ASCII, lower-case) from the start of `body` in any case; says whether it did.
    private static func dropPrefix(_ prefix: String, from body: inout Substring) -> Bool {
        guard body.prefix(prefix.count).lowercased() == prefix else { return false }
        body = body.dropFirst(prefix.count)
        return true
    }
}
