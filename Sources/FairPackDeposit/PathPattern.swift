import FairPackBase
/// A glob from `exclude:`: `*` and `?` stay within a name, `**` spans folders, `[abc]` a set.
///
/// A pattern with no `/` matches a name at any depth (`*.tmp`); one with a `/` matches the
/// path from the deposit root (`drafts/**`). A trailing `/` matches folders only.
public struct PathPattern: Sendable, Hashable {
    /// The pattern as written.
    public let text: String
    private let segments: [Substring]
    private let anchored: Bool
    private let foldersOnly: Bool

    /// Creates a pattern.
    public init(_ text: String) {
        self.text = text
        var body = Substring(text)
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        foldersOnly = body.hasSuffix("/")
        if foldersOnly { body = body.dropLast() }
        if body.hasPrefix("/") { body = body.dropFirst() }
        anchored = body.contains("/")
        segments = body.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether `path` (relative, `/`-separated) matches; `isFolder` tells whether it names a folder.
    public func matches(_ path: String, isFolder: Bool) -> Bool {
        if foldersOnly && !isFolder { return false }
        let parts = path.split(separator: "/")
        if anchored { return match(segments[...], parts[...]) }
        guard let last = parts.last, segments.count == 1 else { return false }
        return Self.matchName(Array(segments[0].utf8)[...], Array(last.utf8)[...])
    }

    private func match(_ pattern: ArraySlice<Substring>, _ parts: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var tail = parts
            while true {
                if match(rest, tail) { return true }
                if tail.isEmpty { return false }
                tail = tail.dropFirst()
            }
        }
        guard let part = parts.first, Self.matchName(Array(first.utf8)[...], Array(part.utf8)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    /// Matches one name against one pattern segment, byte by byte.
    static func matchName(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        var pattern = pattern
        var name = name
        while let token = pattern.first {
            switch token {
            case UInt8(ascii: "*"):
                let rest = pattern.drop { $0 == UInt8(ascii: "*") }
                if rest.isEmpty { return true }
                var tail = name
                while true {
                    if matchName(rest, tail) { return true }
                    if tail.isEmpty { return false }
                    tail = tail.dropFirst()
                }
            case UInt8(ascii: "?"):
                guard !name.isEmpty else { return false }
                pattern = pattern.dropFirst()
                name = name.dropFirst()
            case UInt8(ascii: "["):
                guard let close = pattern.dropFirst(2).firstIndex(of: UInt8(ascii: "]")),
                      let byte = name.first else {
                    guard name.first == token else { return false }
                    pattern = pattern.dropFirst()
                    name = name.dropFirst()
                    continue
                }
                var set = pattern[(pattern.startIndex + 1)..<close]
                let negated = set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^")
                if negated { set = set.dropFirst() }
                guard Self.setContains(set, byte) != negated else { return false }
                pattern = pattern[(close + 1)...]
                name = name.dropFirst()
            default:
                guard name.first == token else { return false }
                pattern = pattern.dropFirst()
                name = name.dropFirst()
            }
        }
        return name.isEmpty
    }

    private static func setContains(_ set: ArraySlice<UInt8>, _ byte: UInt8) -> Bool {
        var index = set.startIndex
        while index < set.endIndex {
            let low = set[index]
            if index + 2 < set.endIndex, set[index + 1] == UInt8(ascii: "-") {
                if (low...set[index + 2]).contains(byte) { return true }
                index += 3
            } else {
                if low == byte { return true }
                index += 1
            }
        }
        return false
    }
}
