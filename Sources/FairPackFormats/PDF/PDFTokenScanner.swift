import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Splits PDF bytes into tokens one byte at a time, so chunk boundaries may fall anywhere.
///
/// The scanner keeps a constant amount of state: strings are capped at ``stringLimit`` bytes
/// (the rest is read and dropped), names and keywords at ``wordLimit``, and a string's
/// nesting is a counter. After the `stream` keyword it skips the stream's bytes up to
/// `endstream` without tokenising them, which is also why compressed object streams are
/// never seen. Every byte is looked at a constant number of times.
struct PDFTokenScanner {
    /// The most bytes of one string that are kept.
    static let stringLimit = 4096
    /// The most bytes of one name or keyword that are kept; longer ones are `.other`.
    static let wordLimit = 32

    private enum State {
        case between
        case comment
        case word
        case name
        case nameEscape(digits: Int, value: UInt8)
        case literal
        case literalEscape
        case literalOctal(digits: Int, value: UInt8)
        case hexString
        case openAngle
        case closeAngle
        case streamData
    }

    private var state = State.between
    private var word: [UInt8] = []
    private var wordIsLong = false
    private var text: [UInt8] = []
    /// Open parentheses in the current literal string.
    private var depth = 0
    /// A literal string's CR was just read: a following LF belongs to the same end of line.
    private var afterCarriageReturn = false
    private var pendingNibble: UInt8?
    private var endOfStream = BytePattern("endstream")

    /// True while the scanner skips a stream's data with no partial `endstream` in view:
    /// then only an `e` can change its state.
    var isSkippingStream: Bool {
        if case .streamData = state { return endOfStream.isIdle }
        return false
    }

    /// Reads one byte, handing any token it completes to `sink`.
    mutating func scan<Sink: PDFTokenSink>(_ byte: UInt8, into sink: inout Sink) {
        while true {
            switch state {
            case .between:
                begin(byte, into: &sink)
            case .comment:
                if byte == 0x0A || byte == 0x0D { state = .between }
            case .word:
                if Self.isRegular(byte) {
                    appendWord(byte)
                } else {
                    endWord(into: &sink)
                    if case .streamData = state { return }
                    continue
                }
            case .name:
                if byte == UInt8(ascii: "#") {
                    state = .nameEscape(digits: 0, value: 0)
                } else if Self.isRegular(byte) {
                    appendWord(byte)
                } else {
                    endName(into: &sink)
                    continue
                }
            case .nameEscape(let digits, let value):
                if let nibble = Self.hexValue(byte) {
                    if digits == 1 {
                        appendWord(value << 4 | nibble)
                        state = .name
                    } else {
                        state = .nameEscape(digits: 1, value: nibble)
                    }
                } else {
                    appendWord(UInt8(ascii: "#"))
                    state = .name
                    continue
                }
            case .literal:
                literal(byte, into: &sink)
            case .literalEscape:
                literalEscape(byte)
            case .literalOctal(let digits, let value):
                if digits < 3, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) {
                    state = .literalOctal(digits: digits + 1, value: value &* 8 &+ (byte - UInt8(ascii: "0")))
                } else {
                    appendText(value)
                    state = .literal
                    continue
                }
            case .hexString:
                if byte == UInt8(ascii: ">") {
                    if let nibble = pendingNibble { appendText(nibble << 4) }
                    emitString(into: &sink)
                } else if let nibble = Self.hexValue(byte) {
                    if let high = pendingNibble {
                        appendText(high << 4 | nibble)
                        pendingNibble = nil
                    } else {
                        pendingNibble = nibble
                    }
                }
            case .openAngle:
                if byte == UInt8(ascii: "<") {
                    state = .between
                    sink.accept(.dictionaryOpen)
                } else {
                    state = .hexString
                    pendingNibble = nil
                    continue
                }
            case .closeAngle:
                state = .between
                if byte == UInt8(ascii: ">") {
                    sink.accept(.dictionaryClose)
                } else {
                    continue
                }
            case .streamData:
                if endOfStream.advance(byte) {
                    state = .between
                    sink.accept(.keyword(.endstream))
                }
            }
            return
        }
    }

    private mutating func begin<Sink: PDFTokenSink>(_ byte: UInt8, into sink: inout Sink) {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: break
        case UInt8(ascii: "%"): state = .comment
        case UInt8(ascii: "/"): startWord(.name)
        case UInt8(ascii: "("):
            text.removeAll(keepingCapacity: true)
            depth = 1
            afterCarriageReturn = false
            state = .literal
        case UInt8(ascii: "<"):
            text.removeAll(keepingCapacity: true)
            state = .openAngle
        case UInt8(ascii: ">"): state = .closeAngle
        case UInt8(ascii: "["): sink.accept(.arrayOpen)
        case UInt8(ascii: "]"): sink.accept(.arrayClose)
        case UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"): break
        default:
            startWord(.word)
            appendWord(byte)
        }
    }

    private mutating func literal<Sink: PDFTokenSink>(_ byte: UInt8, into sink: inout Sink) {
        let followsCarriageReturn = afterCarriageReturn
        afterCarriageReturn = false
        switch byte {
        case UInt8(ascii: "\\"):
            state = .literalEscape
        case UInt8(ascii: "("):
            depth += 1
            appendText(byte)
        case UInt8(ascii: ")"):
            depth -= 1
            if depth == 0 { emitString(into: &sink) } else { appendText(byte) }
        case 0x0D:
            appendText(0x0A)
            afterCarriageReturn = true
        case 0x0A:
            if !followsCarriageReturn { appendText(0x0A) }
        default:
            appendText(byte)
        }
    }

    private mutating func literalEscape(_ byte: UInt8) {
        state = .literal
        switch byte {
        case UInt8(ascii: "n"): appendText(0x0A)
        case UInt8(ascii: "r"): appendText(0x0D)
        case UInt8(ascii: "t"): appendText(0x09)
        case UInt8(ascii: "b"): appendText(0x08)
        case UInt8(ascii: "f"): appendText(0x0C)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            state = .literalOctal(digits: 1, value: byte - UInt8(ascii: "0"))
        case 0x0D:
            // A backslash before an end of line continues the string on the next line.
            afterCarriageReturn = true
        case 0x0A:
            break
        default:
            // `\(`, `\)`, `\\` stand for themselves; PDF ignores the backslash before anything else.
            appendText(byte)
        }
    }

    private mutating func startWord(_ next: State) {
        word.removeAll(keepingCapacity: true)
        wordIsLong = false
        state = next
    }

    private mutating func appendWord(_ byte: UInt8) {
        if word.count < Self.wordLimit { word.append(byte) } else { wordIsLong = true }
    }

    private mutating func appendText(_ byte: UInt8) {
        if text.count < Self.stringLimit { text.append(byte) }
    }

    private mutating func emitString<Sink: PDFTokenSink>(into sink: inout Sink) {
        state = .between
        sink.accept(.string(text))
        text.removeAll(keepingCapacity: true)
    }

    private mutating func endName<Sink: PDFTokenSink>(into sink: inout Sink) {
        state = .between
        sink.accept(.name(wordIsLong ? .other : PDFName(word)))
    }

    private mutating func endWord<Sink: PDFTokenSink>(into sink: inout Sink) {
        state = .between
        if !wordIsLong, word.count <= 10, !word.isEmpty, word.allSatisfy({ (0x30...0x39).contains($0) }) {
            sink.accept(.integer(word.reduce(0) { $0 * 10 + Int($1 - 0x30) }))
            return
        }
        let keyword = wordIsLong ? PDFKeyword.other : PDFKeyword(word)
        if keyword == .stream {
            // The byte that ended the keyword is the end of line before the data.
            state = .streamData
            endOfStream.reset()
        }
        sink.accept(.keyword(keyword))
    }

    /// Regular characters: neither white space nor a delimiter.
    static func isRegular(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: false
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): false
        default: true
        }
    }

    /// The value of a hexadecimal digit, nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
