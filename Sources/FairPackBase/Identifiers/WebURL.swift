import Foundation

/// An `http` or `https` address a browser can open: a host with a dot in it (or `localhost`),
/// optionally a port, then any path, query and fragment, with no whitespace anywhere.
///
/// Checks the shape only; it never resolves the host. IP-literal hosts in brackets (IPv6) are
/// refused, as deposit metadata should not point at them.
public struct WebURL: Sendable, Hashable, CustomStringConvertible {
    /// The address, trimmed, otherwise as written.
    public let url: String
    /// The host, lower-case, without user information or port: `hal.science`.
    public let host: String

    /// Parses an address; nil when it is not of the accepted shape.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.contains(where: Self.isForbidden),
              let scheme = ["https://", "http://"].first(where: { trimmed.prefix($0.count).lowercased() == $0 })
        else { return nil }
        let afterScheme = trimmed.dropFirst(scheme.count)
        var authority = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        if let at = authority.lastIndex(of: "@") {
            authority = authority[authority.index(after: at)...]
        }
        var hostPart = authority
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard (1...5).contains(port.count), port.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(port), value <= 65_535 else { return nil }
            hostPart = authority[..<colon]
        }
        let host = hostPart.lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard host == "localhost" || labels.count >= 2,
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
        else { return nil }
        url = trimmed
        self.host = host
    }

    /// The address, as ``url``.
    public var description: String { url }

    /// Characters a written address cannot hold unescaped: whitespace, controls, and the
    /// `<`, `>`, `"` that come along when an address is copied out of markup.
    private static func isForbidden(_ character: Character) -> Bool {
        character.isWhitespace || character == "<" || character == ">" || character == "\""
            || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
