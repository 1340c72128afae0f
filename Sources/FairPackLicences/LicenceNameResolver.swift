import Foundation

/// Suggests the SPDX id for a licence written by name ("Licence Ouverte 2.0", "CC BY 4.0",
/// "Apache 2", "GPLv3", "domaine public"), ignoring case, spaces and punctuation.
public enum LicenceNameResolver {
    /// A suggested licence id.
    public struct Suggestion: Sendable, Hashable {
        /// The SPDX id (or catalogue id) meant.
        public let licenceId: String
        /// 1 when the name says family and version; lower when a version or variant was assumed.
        public let confidence: Double
        /// Whether the name was already the id, spelled exactly.
        public let isExactId: Bool
    }

    /// The id meant by `name`, or nil when the name names no licence this module knows.
    public static func suggestion(for name: String) -> Suggestion? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let licence = LicenceCatalogue.licence(id: trimmed) {
            return Suggestion(licenceId: licence.id, confidence: 1, isExactId: licence.id == trimmed)
        }
        let words = LicenceTextNormaliser.words(of: Substring(trimmed))
        guard !words.isEmpty, words.count <= 30 else { return nil }
        if publicDomainNames.contains(where: { $0 == words }) {
            return Suggestion(licenceId: "CC0-1.0", confidence: 0.6, isExactId: false)
        }
        let parser = LicenceNameParser(words: words, strict: false)
        for start in words.indices {
            guard let reading = parser.reading(at: start) else { continue }
            let rest = words[start...].dropFirst(reading.length)
            let exact = start == 0 || words[..<start].allSatisfy(fillers.contains)
            let complete = rest.allSatisfy(fillers.contains)
            let confidence = reading.confidence * (exact && complete ? 1 : 0.8)
            return Suggestion(licenceId: reading.id, confidence: confidence, isExactId: false)
        }
        return nil
    }

    private static let fillers: Set<String> = [
        "licence", "license", "la", "the", "international", "unported", "generic", "only", "public", "de", "sous",
        "under", "a", "version", "v", "publique", "libre", "agreement", "contrat", "spdx",
    ]

    private static let publicDomainNames: [[String]] = [
        ["domaine", "public"], ["public", "domain"], ["public", "domain", "dedication"], ["dedication", "au", "domaine", "public"],
    ]
}
