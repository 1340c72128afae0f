import Foundation

/// The digest algorithms of bag manifests (RFC 8493 §2.4 names them in lower case).
public enum DigestAlgorithm: String, Sendable, Hashable, CaseIterable, Comparable {
    case md5
    case sha1
    case sha256
    case sha512

    /// The algorithms `pack` writes unless told otherwise: what bagit-python writes, and the
    /// SHA-512 that RO-Crate's BagIt notes recommend.
    public static let packDefault: [DigestAlgorithm] = [.sha256, .sha512]

    /// Parses a comma-separated list (`sha256,sha512,md5`); nil when a name is unknown or the list is empty.
    public static func list(_ text: String) -> [DigestAlgorithm]? {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let algorithms = names.compactMap(DigestAlgorithm.init(rawValue:))
        guard !names.isEmpty, algorithms.count == names.count else { return nil }
        return Array(Set(algorithms)).sorted()
    }

    /// Orders by strength as bag tools list them: sha512 first.
    public static func < (lhs: DigestAlgorithm, rhs: DigestAlgorithm) -> Bool {
        order(lhs) < order(rhs)
    }

    private static func order(_ algorithm: DigestAlgorithm) -> Int {
        switch algorithm {
        case .sha512: return 0
        case .sha256: return 1
        case .sha1: return 2
        case .md5: return 3
        }
    }

    /// The manifest file name for this algorithm.
    public var manifestName: String { "manifest-\(rawValue).txt" }
    /// The tag manifest file name for this algorithm.
    public var tagManifestName: String { "tagmanifest-\(rawValue).txt" }
}
