import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Makes a PDF inspector for every file; the inspector itself tells a PDF from its first bytes.
///
/// For a PDF it fills ``FileFacts/pdf``, sets the media type to `application/pdf` and the
/// PRONOM id from the version or the PDF/A claim. Anything else is left alone, and the
/// inspector asks for no more bytes once the first 1024 hold no `%PDF-`.
public struct PDFInspectorFactory: InspectorFactory {
    /// Creates the factory.
    public init() {}

    /// A fresh inspector, whatever the file.
    public var provides: FactKind { .pdf }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        PDFInspector()
    }
}

/// Reads a PDF's header version, Info dictionary, encryption and XMP metadata in one pass.
///
/// Memory stays bounded whatever the file: the header search keeps at most 1024 bytes, the
/// scanner and tracker keep capped strings for at most 64 objects, and at most
/// ``readingLimit`` XMP packets of at most 64 KiB are kept. Each byte is scanned a constant
/// number of times, so time is linear in the file's size.
///
/// Flate-compressed object streams (PDF 1.5+) and compressed XMP metadata streams are
/// inflated as their bytes go by: at most ``captureLimit`` compressed bytes each and
/// ``inflateBudget`` inflated bytes per file, so memory and time stay bounded. What it cannot
/// see: streams past those limits or with other filters (`infoIsCompressed` then says why an
/// Info dictionary was not found), `/Title` given as an indirect reference, and strings of
/// encrypted files (left nil).
struct PDFInspector: Inspector {
    /// How far into the file the `%PDF-` header may start.
    static let headerWindow = 1024
    /// The most XMP packets from metadata streams kept until the catalog's is known.
    static let readingLimit = 16

    private enum Phase { case seekingHeader, reading, notPDF }

    /// An XMP packet read from a metadata stream.
    private struct XMPReading {
        var object: PDFObjectID
        var metadata: XMPMetadata
    }

    private static let marker = Array("%PDF-".utf8)

    private var phase = Phase.seekingHeader
    private var prefix: [UInt8] = []
    private var version: [UInt8] = []
    private var isReadingVersion = true
    private var scanner = PDFTokenScanner()
    private var objects = PDFObjectTracker()
    private var packets = XMPPacketScanner()
    private var packetStream: PDFObjectTracker.StreamContext?
    private var readings: [XMPReading] = []
    /// The last bytes read, where `%%EOF` must sit.
    private var tail: [UInt8] = []
    /// Bytes read since the header.
    private var total = 0
    /// How far from the end `%%EOF` may sit (writers may append a few bytes of padding).
    static let tailWindow = 1024
    /// The most compressed bytes of one stream kept for inflating.
    static let captureLimit = 8 * 1024 * 1024
    /// The most bytes inflated from one file's streams, all together.
    static let inflateBudget = 64 * 1024 * 1024

    /// The compressed stream being kept, if any.
    private var capture: (context: PDFObjectTracker.StreamContext, bytes: [UInt8])?
    private var inflated = 0

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        switch phase {
        case .notPDF:
            return false
        case .reading:
            feed(chunk)
            return true
        case .seekingHeader:
            let searchFrom = max(0, prefix.count - Self.marker.count + 1)
            let taken = min(chunk.count, Self.headerWindow - prefix.count)
            prefix.append(contentsOf: chunk[0..<taken])
            guard let start = Self.find(Self.marker, in: prefix, from: searchFrom) else {
                if prefix.count >= Self.headerWindow {
                    phase = .notPDF
                    prefix = []
                    return false
                }
                return true
            }
            phase = .reading
            self.header = start
            let header = Array(prefix[start...])
            prefix = []
            header.withUnsafeBytes { feed($0, versionFrom: Self.marker.count) }
            feed(UnsafeRawBufferPointer(rebasing: chunk[taken...]))
            return true
        }
    }

    mutating func finish(into facts: inout FileFacts) {
        guard phase == .reading else { return }
        if let packet = packets.finish() { record(packet) }
        var pdf = PDFFacts(version: version.isEmpty ? nil : String(decoding: version, as: UTF8.self))
        pdf.isEncrypted = objects.isEncrypted
        pdf.hasJavaScript = objects.hasJavaScript
        pdf.hasEmbeddedFiles = objects.hasEmbeddedFiles
        pdf.damage = damage()
        if !pdf.isEncrypted, let info = objects.info {
            if let candidate = objects.candidates[info] {
                pdf.infoTitle = candidate.title.flatMap(PDFTextString.decode)
                pdf.infoAuthor = candidate.author.flatMap(PDFTextString.decode)
            } else {
                pdf.infoIsCompressed = objects.hasObjectStreams
            }
        }
        let reading = readings.last { $0.object == objects.catalogMetadata } ?? readings.last
        pdf.xmpTitle = reading?.metadata.title
        pdf.xmpCreator = reading?.metadata.creator
        pdf.pdfaClaim = reading?.metadata.pdfaClaim
        facts.pdf = pdf
        facts.mediaType = "application/pdf"
        facts.puid = pdf.pdfaClaim.flatMap { Self.pdfaPUIDs[$0] } ?? pdf.version.flatMap { Self.versionPUIDs[$0] }
        FormatInspector.reconcile(&facts)
    }

    /// Scans bytes that follow the header; the version's digits are read from `versionFrom` on.
    private mutating func feed(_ bytes: UnsafeRawBufferPointer, versionFrom: Int = 0) {
        if isReadingVersion { readVersion(bytes, from: versionFrom) }
        keepTail(bytes)
        let end = bytes.endIndex
        var index = bytes.startIndex
        while index < end {
            if scanner.isSkippingStream && packets.isIdle {
                // Inside stream data only an `e` (of `endstream`) or a `<` (of an XMP marker)
                // can change either scanner's state: skip the rest in a tight loop.
                let start = index
                while index < end && bytes[index] != Self.lowercaseE && bytes[index] != Self.lessThan { index += 1 }
                if capture != nil { keep(UnsafeRawBufferPointer(rebasing: bytes[start..<index])) }
                if index == end { return }
            }
            let byte = bytes[index]
            index += 1
            if capture != nil { keep(UnsafeRawBufferPointer(rebasing: bytes[(index - 1)..<index])) }
            scanner.scan(byte, into: &objects)
            if let stream = objects.stream {
                if capture == nil, stream.capture != nil, inflated < Self.inflateBudget { capture = (stream, []) }
            } else if capture != nil {
                readCapture()
            }
            guard byte == Self.lessThan || !packets.isIdle else { continue }
            switch packets.scan(byte) {
            case nil: break
            case .started: packetStream = objects.stream
            case .ended(let packet): record(packet)
            }
        }
    }

    /// Keeps stream bytes for inflating; a stream past ``captureLimit`` is given up.
    private mutating func keep(_ bytes: UnsafeRawBufferPointer) {
        guard let kept = capture?.bytes.count else { return }
        if kept + bytes.count > Self.captureLimit {
            capture = nil
            return
        }
        capture?.bytes.append(contentsOf: bytes)
    }

    /// Inflates the stream just ended and reads what it holds: the objects of an object stream
    /// go through the same tracker as the file's own; a metadata stream's XMP packet is kept.
    private mutating func readCapture() {
        guard let (context, bytes) = capture else { return }
        capture = nil
        // The data starts after the end of line that follows `stream`; what follows the
        // compressed data (`endstream`'s first letters) is ignored by the inflater.
        let data = bytes.drop { $0 == 0x0D || $0 == 0x0A }
        guard let plain = FlateInflater.inflatePrefix(data, wrapping: .zlib, limit: Self.inflateBudget - inflated) else { return }
        inflated += plain.count
        switch context.capture {
        case .objects(let count, let first):
            guard let entries = try? PDFObjectStream.entries(in: plain, count: count, first: first) else { return }
            // Each byte once: a hostile header may give many objects the same offset.
            var starts = Set<Int>()
            for entry in entries where starts.insert(entry.range.lowerBound).inserted {
                var embedded = PDFTokenScanner()
                for byte in Array("\(entry.objectNumber) 0 obj ".utf8) { embedded.scan(byte, into: &objects) }
                for byte in plain[entry.range] { embedded.scan(byte, into: &objects) }
                for byte in Array(" endobj ".utf8) { embedded.scan(byte, into: &objects) }
                objects.leaveObject()
            }
        case .metadata:
            var packetScanner = XMPPacketScanner()
            var packet: [UInt8]?
            for byte in plain {
                if case .ended(let bytes) = packetScanner.scan(byte) { packet = bytes }
            }
            if let packet = packet ?? packetScanner.finish() {
                packetStream = context
                record(packet)
            }
        case nil:
            return
        }
    }

    private mutating func keepTail(_ bytes: UnsafeRawBufferPointer) {
        total += bytes.count
        if bytes.count >= Self.tailWindow {
            tail = Array(bytes.suffix(Self.tailWindow))
            return
        }
        tail.append(contentsOf: bytes)
        if tail.count > 2 * Self.tailWindow { tail.removeFirst(tail.count - Self.tailWindow) }
    }

    /// Why the file looks damaged, or nil: `%%EOF` must end it and `startxref` must point
    /// inside it at a cross-reference section that was seen.
    private func damage() -> String? {
        let window = tail.suffix(Self.tailWindow)
        if Self.find(Self.endMarker, in: Array(window), from: 0) == nil { return "no %%EOF at the end (the file may be truncated)" }
        guard objects.hasCrossReference, let offset = objects.startxref, offset < total + header else {
            return "its cross-reference section is missing or unreadable"
        }
        return nil
    }

    /// Bytes before the `%PDF-` marker, which `startxref` offsets count.
    private var header = 0

    private static let endMarker = Array("%%EOF".utf8)
    private static let lowercaseE = UInt8(ascii: "e")
    private static let lessThan = UInt8(ascii: "<")

    private mutating func readVersion(_ bytes: UnsafeRawBufferPointer, from start: Int) {
        for byte in bytes.dropFirst(start) {
            guard version.count < 8, byte == UInt8(ascii: ".") || (0x30...0x39).contains(byte) else {
                isReadingVersion = false
                return
            }
            version.append(byte)
        }
    }

    /// Keeps a packet found in a `/Type /Metadata` stream: others (an image's embedded XMP,
    /// stray bytes) do not describe the document.
    private mutating func record(_ packet: [UInt8]) {
        defer { packetStream = nil }
        guard let stream = packetStream, stream.isMetadata else { return }
        let metadata = XMPMetadata(packet: packet)
        guard !metadata.isEmpty else { return }
        if readings.count >= Self.readingLimit {
            let victim = readings.firstIndex { $0.object != objects.catalogMetadata } ?? 0
            readings.remove(at: victim)
        }
        readings.append(XMPReading(object: stream.object, metadata: metadata))
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard bytes.count >= pattern.count, from <= bytes.count - pattern.count else { return nil }
        return (from...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    /// PRONOM ids by header version.
    static let versionPUIDs = [
        "1.0": "fmt/14", "1.1": "fmt/15", "1.2": "fmt/16", "1.3": "fmt/17", "1.4": "fmt/18", "1.5": "fmt/19",
        "1.6": "fmt/20", "1.7": "fmt/276", "2.0": "fmt/1129",
    ]

    /// PRONOM ids by PDF/A claim.
    static let pdfaPUIDs = [
        "1a": "fmt/95", "1b": "fmt/354", "2a": "fmt/476", "2b": "fmt/477", "2u": "fmt/478", "3a": "fmt/479",
        "3b": "fmt/480", "3u": "fmt/481",
    ]
}
