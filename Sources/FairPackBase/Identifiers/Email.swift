import Foundation

/// An e-mail address, checked for the shape deposit platforms accept: `local@domain.tld`.
///
/// Deliberately simpler than RFC 5322: no quoted local parts, no IP-literal domains, no
/// spaces, which is what Dataverse's and HAL's forms take in practice.
public struct Email: Sendable, Hashable, CustomStringConvertible {
    /// The address, trimmed.
    public let address: String

    /// Parses an address; nil when it is not of the accepted shape.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              (1...64).contains(local.count), (3...253).contains(domain.count) else { return nil }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~.")
        guard local.allSatisfy({ localAllowed.contains($0) || !$0.isASCII }),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy({ $0.isLetter }) else {
            return nil
        }
        for label in labels {
            guard (1...63).contains(label.count), !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        }
        address = trimmed
    }

    /// The address.
    public var description: String { address }
}
