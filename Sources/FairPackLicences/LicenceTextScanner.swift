import Foundation

/// Streaming licence detection for licence files and READMEs: hand it the chunks of one file,
/// then ask for the findings.
///
/// Keeps at most ``prefixLimit`` bytes (licences sit at the top of the files that state them), so
/// memory stays bounded whatever the file size, and the findings do not depend on chunk boundaries.
/// Text that is not valid UTF-8 is read as Latin-1; UTF-16 with a byte-order mark is decoded.
public struct LicenceTextScanner: Sendable {
    /// The number of leading bytes examined.
    public let prefixLimit: Int
    private var prefix: [UInt8] = []

    /// Creates a scanner keeping up to `prefixLimit` bytes (256 KiB by default).
    public init(prefixLimit: Int = 256 * 1024) {
        self.prefixLimit = max(0, prefixLimit)
    }

    /// Takes the next chunk of the file; returns false once it needs no more bytes.
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        let room = prefixLimit - prefix.count
        if room > 0 { prefix.append(contentsOf: chunk.prefix(room)) }
        return prefix.count < prefixLimit
    }

    /// The licence statements found in the bytes consumed.
    public func finish() -> LicenceFindings {
        guard !looksBinary else { return LicenceFindings(detections: []) }
        return LicenceDetector.findings(in: Self.decode(prefix))
    }

    /// Where the bytes consumed name the producer and the date of last update (for READMEs).
    public func attribution() -> AttributionMentions {
        guard !looksBinary else { return AttributionMentions() }
        return AttributionFinder.mentions(in: Self.decode(prefix))
    }

    /// Text with many NUL or control bytes is not a licence: nothing is reported for it.
    private var looksBinary: Bool {
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return false }
        let sample = prefix.prefix(8192)
        let control = sample.filter { $0 == 0 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C) }.count
        return sample.contains(0) || control * 20 > sample.count
    }

    /// UTF-8 (a final character cut by the prefix limit is dropped), UTF-16 with a BOM, else Latin-1.
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                units.append(bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                                       : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(bytes: body, encoding: .utf8) { return text }
        // A multi-byte character cut at the end of the prefix is not a reason to give up on UTF-8.
        for _ in 0..<3 where !body.isEmpty {
            body.removeLast()
            if let text = String(bytes: body, encoding: .utf8) { return text }
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
