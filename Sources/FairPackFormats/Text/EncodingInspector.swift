/// Learns a file's text encoding in one streaming pass: validates UTF-8, finds the byte order mark,
/// locates the first invalid byte and, when the text is not UTF-8, guesses what it is.
///
/// Memory is constant whatever the file size; results do not depend on how the bytes are chunked.
public struct EncodingInspector: Sendable {
    private var offset = 0
    private var head: [UInt8] = []
    private var bom: ByteOrderMark?
    private var line = 1
    private var column = 0
    private var previousWasCR = false
    // UTF-8 decoding state: continuation bytes still expected, and the allowed range of the next one.
    private var pending = 0
    private var nextLow: UInt8 = 0x80
    private var nextHigh: UInt8 = 0xBF
    private var sequenceStart = TextPosition(line: 1, column: 1)
    private var sequenceOffset = 0
    private var firstInvalid: InvalidByte?
    private var highBytes = 0
    private var c1Bytes = 0
    private var undefinedIn1252 = 0
    private var nulAtEven = 0
    private var nulAtOdd = 0
    private var crlf = 0
    private var lf = 0
    private var cr = 0

    /// Creates an inspector for one file.
    public init() {}

    /// Feeds the next chunk of the file. Always returns true: the Windows-1252 guess needs every byte.
    @discardableResult
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        let count = chunk.count
        var index = 0
        while index < count {
            if pending == 0, offset >= 3 {
                // Fast path: a run of ASCII bytes that are neither NUL nor a line end, eight at a time
                // while no byte of the eight is at or above 0x80 or below 0x0E (then one by one).
                let start = index
                while index + 8 <= count {
                    let word = UInt64(littleEndian: chunk.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if word & Self.highBits != 0 { break }
                    if (word &- Self.ones &* 0x0E) & ~word & Self.highBits != 0, Self.holdsStop(word) { break }
                    index += 8
                }
                while index < count {
                    let byte = chunk[index]
                    if byte >= 0x80 || (byte <= 0x0D && (byte == 0 || byte == 0x0A || byte == 0x0D)) { break }
                    index += 1
                }
                if index > start {
                    column += index - start
                    offset += index - start
                    previousWasCR = false
                }
                if index == count { break }
            }
            step(chunk[index])
            index += 1
        }
        return true
    }

    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// Whether one of the eight ASCII bytes of `word` is NUL, LF or CR.
    private static func holdsStop(_ word: UInt64) -> Bool {
        for shift in stride(from: 0, to: 64, by: 8) {
            let byte = UInt8(truncatingIfNeeded: word >> UInt64(shift))
            if byte == 0 || byte == 0x0A || byte == 0x0D { return true }
        }
        return false
    }

    /// Ends the file and returns what was learnt.
    public mutating func finish() -> EncodingReport {
        if head.count < 3, offset > 0 { bom = ByteOrderMark.detect(in: head) }
        if pending > 0, firstInvalid == nil {
            firstInvalid = InvalidByte(position: sequenceStart, offset: sequenceOffset, reason: .truncatedSequence)
        }
        return EncodingReport(
            byteOrderMark: bom, encoding: verdict(), firstInvalid: firstInvalid,
            lineEndings: LineEndingCounts(crlf: crlf, lf: lf, cr: cr), byteCount: offset)
    }

    private func verdict() -> TextEncoding {
        switch bom {
        case .utf16LittleEndian: return .utf16LittleEndian
        case .utf16BigEndian: return .utf16BigEndian
        default: break
        }
        let nuls = nulAtEven + nulAtOdd
        if nuls * 4 > offset, offset >= 4 {
            return nulAtOdd > nulAtEven ? .utf16LittleEndian : .utf16BigEndian
        }
        if firstInvalid == nil { return highBytes == 0 ? .ascii : .utf8 }
        return c1Bytes > undefinedIn1252 ? .windows1252 : .iso88591
    }

    private mutating func step(_ byte: UInt8) {
        if offset < 3 {
            head.append(byte)
            if offset == 2 {
                bom = ByteOrderMark.detect(in: head)
                if bom == .utf8 { column = 0 }  // the mark is not a character of line 1
            }
        }
        if byte == 0 {
            if offset & 1 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
        }
        if byte >= 0x80 {
            highBytes += 1
            if byte <= 0x9F {
                c1Bytes += 1
                if byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D { undefinedIn1252 += 1 }
            }
        }
        if firstInvalid == nil { decode(byte) }
        offset += 1
        if byte == 0x0A {
            if previousWasCR { crlf += 1; cr -= 1 } else { line += 1; lf += 1 }
            column = 0
            previousWasCR = false
        } else if byte == 0x0D {
            line += 1
            cr += 1
            column = 0
            previousWasCR = true
        } else {
            previousWasCR = false
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    private mutating func decode(_ byte: UInt8) {
        if pending > 0 {
            if byte >= nextLow, byte <= nextHigh {
                pending -= 1
                nextLow = 0x80
                nextHigh = 0xBF
                return
            }
            firstInvalid = InvalidByte(position: sequenceStart, offset: sequenceOffset, reason: .truncatedSequence)
            pending = 0
            return
        }
        if byte < 0x80 { return }
        sequenceStart = TextPosition(line: line, column: column + 1)
        sequenceOffset = offset
        switch byte {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; nextLow = 0xA0
        case 0xED: pending = 2; nextHigh = 0x9F
        case 0xE1...0xEF: pending = 2
        case 0xF0: pending = 3; nextLow = 0x90
        case 0xF4: pending = 3; nextHigh = 0x8F
        case 0xF1...0xF3: pending = 3
        default:
            firstInvalid = InvalidByte(position: sequenceStart, offset: offset, reason: .unexpectedByte(byte))
        }
    }
}
