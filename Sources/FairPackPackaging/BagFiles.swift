import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Crypto
import Foundation

/// The tag files of a BagIt 1.0 bag (RFC 8493): their text, from the payload's digests.
enum BagFiles {
    /// `bagit.txt`.
    static let declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    /// A manifest: one `digest  path` line per file, sorted by path, paths encoded as §2.1.3 asks.
    static func manifest(_ digests: [(path: String, digest: String)]) -> String {
        digests.sorted { $0.path < $1.path }.map { "\($0.digest)  \(encode($0.path))\n" }.joined()
    }

    /// Percent-encodes CR, LF and `%` in a manifest path (RFC 8493 §2.1.3).
    static func encode(_ path: String) -> String {
        guard path.contains(where: { $0 == "%" || $0 == "\r" || $0 == "\n" }) else { return path }
        return path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Reverses ``encode(_:)``.
    static func decode(_ path: String) -> String {
        guard path.contains("%") else { return path }
        return path.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0d", with: "\r")
            .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0a", with: "\n")
            .replacingOccurrences(of: "%25", with: "%")
    }

    /// `bag-info.txt`, its values on one line each.
    static func info(_ fields: [(String, String)]) -> String {
        fields.map { label, value in
            let oneLine = value.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "\(label): \(oneLine)\n"
        }.joined()
    }

    /// `Payload-Oxum`: octets, a dot, the number of files.
    static func oxum(bytes: UInt64, files: Int) -> String { "\(bytes).\(files)" }

    /// A UUID made from `seed`, so the same payload gets the same External-Identifier (RFC 9562 version 8).
    static func uuid(from seed: String) -> String {
        var bytes = Array(SHA256.hash(data: Data(seed.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
                     hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
