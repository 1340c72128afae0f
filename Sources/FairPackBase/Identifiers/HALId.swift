import Foundation

/// A HAL document identifier: a lower-case portal prefix, a hyphen, eight digits and an optional
/// version (`hal-04308548`, `tel-01234567`, `hal-04308548v2`), or one of the old underscore
/// forms `sic_`, `mem_`, `ijn_` (`sic_00001234`).
///
/// Accepts the id alone, after a `hal:` scheme in any case (`HAL:hal-04308548`), or as a landing
/// URL on `hal.science` or `archives-ouvertes.fr` and their sub-domains, with or without the URL
/// scheme (`https://hal.science/hal-04308548`, `https://theses.hal.science/tel-01234567`,
/// `https://hal.archives-ouvertes.fr/hal-04308548v2`). Surrounding whitespace is ignored.
///
/// The prefix itself must be lower-case: HAL never writes `HAL-01234567`. Any lower-case prefix
/// is taken, not only CCSD's list, because portals such as `cel-`, `inria-` and `medihal-`
/// are missing from it; digits are allowed after the first letter for `in2p3-`. Versions start at 1.
public struct HALId: Sendable, Hashable, CustomStringConvertible {
    /// The portal prefix, without its separator: `hal`, `tel`, `halshs`, `sic`.
    public let prefix: String
    /// The eight digits, leading zeros kept: `04308548`.
    public let number: String
    /// The version, when the id names one (`2` in `hal-04308548v2`); nil means the record as a whole.
    public let version: Int?
    /// `_` for the old `sic_`, `mem_`, `ijn_` forms, `-` otherwise.
    private let separator: Character

    /// Parses an id; nil when the text is none of the accepted forms.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.prefix(4).lowercased() == "hal:" {
            body = body.dropFirst(4)
        } else if body.contains("/") {
            guard let path = Self.landingPath(body) else { return nil }
            body = path
        }
        guard let separator = body.firstIndex(where: { $0 == "-" || $0 == "_" }) else { return nil }
        let prefix = body[..<separator]
        let rest = body[body.index(after: separator)...]
        guard let first = prefix.first, first.isASCII, first.isLowercase,
              prefix.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
              body[separator] == "-" || Self.underscorePrefixes.contains(String(prefix)) else { return nil }
        let number = rest.prefix(8)
        guard number.count == 8, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let tail = rest.dropFirst(8)
        if tail.isEmpty {
            version = nil
        } else {
            let digits = tail.dropFirst()
            guard tail.first == "v", digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits) else { return nil }
            version = value
        }
        self.prefix = String(prefix)
        self.number = String(number)
        self.separator = body[separator]
    }

    /// The id as HAL writes it, with the version when there is one: `hal-04308548v2`.
    public var identifier: String {
        prefix + String(separator) + number + (version.map { "v\($0)" } ?? "")
    }

    /// The landing page on HAL's current host: `https://hal.science/hal-04308548v2`.
    public var url: String { "https://hal.science/" + identifier }

    /// The id, as ``identifier``.
    public var description: String { identifier }

    private static let underscorePrefixes: Set<String> = ["sic", "mem", "ijn"]

    /// Domains whose pages are HAL landing pages, each also with any sub-domain (`theses.hal.science`).
    private static let landingDomains = ["hal.science", "archives-ouvertes.fr"]

    /// The id part of a landing URL (`https://hal.science/hal-04308548/` gives `hal-04308548`);
    /// nil when the host is not HAL's or the path is more than one segment.
    private static func landingPath(_ url: Substring) -> Substring? {
        var rest = url
        if let scheme = ["https://", "http://"].first(where: { rest.prefix($0.count).lowercased() == $0 }) {
            rest = rest.dropFirst(scheme.count)
        }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let host = rest[..<slash].lowercased()
        guard landingDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) }) else { return nil }
        var path = rest[rest.index(after: slash)...]
        if path.hasSuffix("/") { path = path.dropLast() }
        guard !path.isEmpty, !path.contains("/") else { return nil }
        return path
    }
}
