import Foundation

/// An RO-Crate specification version, read from the descriptor's `conformsTo`.
public enum CrateVersion: String, Sendable, CaseIterable, Comparable {
    /// RO-Crate 1.1.
    case v1_1 = "1.1"
    /// RO-Crate 1.2.
    case v1_2 = "1.2"
    /// RO-Crate 1.3.
    case v1_3 = "1.3"

    /// The `@id` the metadata descriptor must have.
    public static let descriptorID = "ro-crate-metadata.json"
    /// The descriptor `@id` of crates written for RO-Crate 1.0 or older.
    public static let legacyDescriptorID = "ro-crate-metadata.jsonld"
    /// The prefix of every RO-Crate specification URI.
    public static let specificationPrefix = "https://w3id.org/ro/crate/"

    /// Reads a specification URI such as `https://w3id.org/ro/crate/1.2`, with or without a trailing
    /// slash or a `-DRAFT` suffix; nil for anything else (profiles, other versions).
    public init?(specification uri: String) {
        guard uri.hasPrefix(Self.specificationPrefix) else { return nil }
        var rest = String(uri.dropFirst(Self.specificationPrefix.count))
        if rest.hasSuffix("/") { rest.removeLast() }
        if rest.uppercased().hasSuffix("-DRAFT") { rest.removeLast("-DRAFT".count) }
        self.init(rawValue: rest)
    }

    /// The versioned specification URI, `https://w3id.org/ro/crate/<version>`.
    public var specificationURI: String { Self.specificationPrefix + rawValue }

    /// The JSON-LD context URL a crate of this version uses by reference.
    public var contextURL: String { specificationURI + "/context" }

    /// Whether the specification makes the context URL a MUST (1.2 on) rather than a SHOULD (1.1).
    public var requiresOwnContext: Bool { self >= .v1_2 }

    /// The version whose published context has this URL, if any.
    public init?(contextURL: String) {
        guard let match = Self.allCases.first(where: { $0.contextURL == contextURL }) else { return nil }
        self = match
    }

    /// The term names the version's published context defines.
    public var contextTerms: Set<String> {
        let text: String
        switch self {
        case .v1_1: text = CrateContextTerms.v1_1
        case .v1_2: text = CrateContextTerms.v1_2
        case .v1_3: text = CrateContextTerms.v1_3
        }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Orders versions by release.
    public static func < (lhs: CrateVersion, rhs: CrateVersion) -> Bool {
        lhs.rawValue.compare(rhs.rawValue, options: .numeric) == .orderedAscending
    }
}
