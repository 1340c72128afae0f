/// Scans text, CSV, JSON or XML bytes for personal data in one streaming pass: e-mail addresses, phone
/// numbers, French social security numbers (NIR) and IBANs. Hits carry only masked values.
///
/// The text is cut into pieces at bytes no match can contain (newlines, quotes, commas, `<`, `>`, non-ASCII
/// bytes…), and pieces are scanned whole, so chunk boundaries never split a match. A piece longer than
/// ``maximumPieceLength`` is cut every that many bytes from its start, the same way whatever the chunking.
public struct PersonalDataScanner: Sendable {
    /// Bytes after which a piece without a break is cut.
    public static let maximumPieceLength = 1_024

    private let hitsPerKind: Int
    private var piece: [UInt8] = []
    private var pieceStart = TextPosition(line: 1, column: 1)
    /// The last byte that broke a piece (0 at the start): the byte before the current piece.
    private var lastBreak: UInt8 = 0
    /// The byte before the piece being gathered, and the one that ended the piece being scanned.
    private var pieceBefore: UInt8 = 0
    private var pieceAfter: UInt8 = 0
    private var pieceHasAt = false
    private var pieceDigits = 0
    private var line = 1
    private var column = 0
    private var previousWasCR = false
    private var hits: [PersonalDataHit] = []
    private var counts: [PersonalDataKind: Int] = [:]

    /// Creates a scanner for one file.
    /// - Parameter hitsPerKind: how many hits of each kind to keep (all are counted).
    public init(hitsPerKind: Int = 20) {
        self.hitsPerKind = hitsPerKind
        piece.reserveCapacity(Self.maximumPieceLength)
    }

    /// The fewest digits a phone number (8 with its country code), a NIR (13) or an IBAN (its check
    /// digits and account number) holds: a piece with fewer and no `@` cannot hold a match.
    static let fewestDigits = 8

    /// What each byte is to a piece: ``breaks`` (no match contains it), a digit, `@`, or another byte a
    /// match can contain (letters, and `space . - + _ % ( )`).
    private static let byteKinds: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        if Bytes.isDigit(byte) { return digit }
        if byte == 0x40 { return at }
        return Bytes.isAlphanumeric(byte) || " .-+_%()".utf8.contains(byte) ? other : breaks
    }
    private static var breaks: UInt8 { 0 }
    private static var other: UInt8 { 1 }
    private static var digit: UInt8 { 2 }
    private static var at: UInt8 { 3 }

    /// Feeds the next chunk. Always returns true.
    @discardableResult
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        Self.byteKinds.withUnsafeBufferPointer { consume(chunk, kinds: $0) }
        return true
    }

    private mutating func consume(_ chunk: UnsafeRawBufferPointer, kinds table: UnsafeBufferPointer<UInt8>) {
        let count = chunk.count
        var index = 0
        while index < count {
            let byte = chunk[index]
            guard table[Int(byte)] != Self.breaks else {
                if !piece.isEmpty {
                    pieceAfter = byte
                    scanPiece()
                }
                lastBreak = byte
                advance(byte)
                index += 1
                continue
            }
            // A run of piece bytes (all ASCII, one character each) goes in at once.
            let wasEmpty = piece.isEmpty
            if wasEmpty {
                pieceStart = TextPosition(line: line, column: column + 1)
                pieceBefore = lastBreak
            }
            let start = index
            let limit = min(count, index + Self.maximumPieceLength - piece.count)
            var hasAt = false
            var digits = 0
            while index < limit {
                let kind = table[Int(chunk[index])]
                if kind == Self.breaks { break }
                if kind == Self.digit { digits += 1 } else if kind == Self.at { hasAt = true }
                index += 1
            }
            column += index - start
            previousWasCR = false
            if wasEmpty, index < count, index - start < Self.maximumPieceLength {
                // The whole piece lies in this chunk: scan it in place, no copy.
                if hasAt || digits >= Self.fewestDigits {
                    pieceAfter = chunk[index]
                    let run = UnsafeRawBufferPointer(rebasing: chunk[start..<index])
                    run.withMemoryRebound(to: UInt8.self) { scan($0) }
                }
                continue
            }
            piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<index]))
            pieceHasAt = pieceHasAt || hasAt
            pieceDigits += digits
            if piece.count == Self.maximumPieceLength {
                pieceAfter = 0
                scanPiece()
            }
        }
    }

    /// Ends the file and returns what was found.
    public mutating func finish() -> PersonalDataReport {
        pieceAfter = 0
        if !piece.isEmpty { scanPiece() }
        return PersonalDataReport(hits: hits, counts: counts)
    }

    private mutating func advance(_ byte: UInt8) {
        if byte == 0x0A {
            if !previousWasCR { line += 1 }
            column = 0
            previousWasCR = false
        } else if byte == 0x0D {
            line += 1
            column = 0
            previousWasCR = true
        } else {
            previousWasCR = false
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    private mutating func scanPiece() {
        defer {
            piece.removeAll(keepingCapacity: true)
            pieceHasAt = false
            pieceDigits = 0
        }
        guard pieceHasAt || pieceDigits >= Self.fewestDigits else { return }
        let bytes = piece
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ piece: Piece) {
        var index = 0
        while index < piece.count {
            let byte = piece[index]
            let previous = Bytes.at(piece, index - 1)
            var found: PieceMatch?
            if byte == 0x40 {
                found = EmailMatcher.match(piece, at: index)
            } else if !Bytes.isAlphanumeric(previous), previous != 0x2E, previous != 0x2B, previous != 0x2D || index < 2 {
                if Bytes.isDigit(byte) {
                    found = NIRMatcher.match(piece, at: index) ?? PhoneMatcher.match(piece, at: index)
                } else if byte == 0x2B {
                    found = PhoneMatcher.match(piece, at: index)
                } else if Bytes.isUpper(byte) {
                    found = IBANMatcher.match(piece, at: index)
                }
            }
            if let found {
                record(found, in: piece)
                index = max(found.end, index + 1)
            } else {
                index += 1
            }
        }
    }

    /// Whether a match is an identifier that only looks like a phone number: ten bare digits right
    /// after or before a `/` or a backtick, in a URL path or a code span (`/commit/0928584444`).
    private func isIdentifier(_ match: PieceMatch, in piece: Piece) -> Bool {
        guard match.kind == .phone, piece[match.start..<match.end].allSatisfy(Bytes.isDigit) else { return false }
        let before = match.start == 0 ? pieceBefore : piece[match.start - 1]
        let after = match.end == piece.count ? pieceAfter : piece[match.end]
        return before == 0x2F || before == 0x60 || after == 0x2F || after == 0x60
    }

    private mutating func record(_ match: PieceMatch, in piece: Piece) {
        if isIdentifier(match, in: piece) || match.isRole { return }
        counts[match.kind, default: 0] += 1
        guard (counts[match.kind] ?? 0) <= hitsPerKind else { return }
        var column = pieceStart.column
        for byte in piece[0..<match.start] where byte & 0xC0 != 0x80 { column += 1 }
        hits.append(PersonalDataHit(kind: match.kind, position: TextPosition(line: pieceStart.line, column: column), maskedValue: match.masked))
    }
}
