/// Bounds-checked reads over a byte prefix: every read past the end gives nil instead of trapping.
struct ByteWindow: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func byte(_ at: Int) -> UInt8? { at >= 0 && at < bytes.count ? bytes[at] : nil }

    func has(_ pattern: [UInt8], at offset: Int = 0) -> Bool {
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    func has(_ ascii: String, at offset: Int = 0) -> Bool { has(Array(ascii.utf8), at: offset) }

    func slice(_ offset: Int, _ length: Int) -> [UInt8]? {
        guard offset >= 0, length >= 0, offset + length <= bytes.count else { return nil }
        return Array(bytes[offset..<(offset + length)])
    }

    func uint16LE(_ at: Int) -> Int? {
        guard let a = byte(at), let b = byte(at + 1) else { return nil }
        return Int(a) | Int(b) << 8
    }

    func uint16BE(_ at: Int) -> Int? {
        guard let a = byte(at), let b = byte(at + 1) else { return nil }
        return Int(a) << 8 | Int(b)
    }

    func uint32LE(_ at: Int) -> Int? {
        guard let low = uint16LE(at), let high = uint16LE(at + 2) else { return nil }
        return low | high << 16
    }

    func uint32BE(_ at: Int) -> Int? {
        guard let high = uint16BE(at), let low = uint16BE(at + 2) else { return nil }
        return high << 16 | low
    }

    func uint64LE(_ at: Int) -> UInt64? {
        guard let low = uint32LE(at), let high = uint32LE(at + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    /// The first offset of `pattern` in `range`, if any.
    func firstIndex(of pattern: [UInt8], in range: Range<Int>? = nil) -> Int? {
        let lower = max(0, range?.lowerBound ?? 0)
        let upper = min(bytes.count, range?.upperBound ?? bytes.count)
        guard let first = pattern.first, upper - lower >= pattern.count else { return nil }
        var index = lower
        while index + pattern.count <= upper {
            if bytes[index] == first, has(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    func contains(_ ascii: String, in range: Range<Int>? = nil) -> Bool {
        firstIndex(of: Array(ascii.utf8), in: range) != nil
    }

    /// ASCII text of a slice, with non-printable bytes dropped.
    func ascii(_ offset: Int, _ length: Int) -> String {
        let end = min(bytes.count, offset + length)
        guard offset >= 0, offset < end else { return "" }
        return String(decoding: bytes[offset..<end].filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    }
}
