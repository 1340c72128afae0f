import FairPackBase
import FairPackDeposit
import FairPackInspection
/// An indirect object's number and generation (`7 0`).
struct PDFObjectID: Hashable {
    var number: Int
    var generation: Int
}

/// Follows the tokens of a PDF's body and remembers what the Info dictionary needs: the
/// `/Title` and `/Author` of objects that could be it, the trailers' `/Info` and `/Encrypt`,
/// and the catalog's `/Metadata`.
///
/// Only the outermost dictionary of an object, a `trailer` or an xref stream counts; objects
/// inside a compressed object stream are fed in by the inspector once it has inflated them. Which object is the Info dictionary is known only from the last trailer, usually
/// at the end of the file, so possible ones are kept meanwhile: at most ``candidateLimit``,
/// each string capped by the scanner. When full, the least Info-like (an outline item or
/// annotation has `/Parent`, `/Type` or `/Subtype`), then the oldest, is forgotten.
struct PDFObjectTracker: PDFTokenSink {
    /// The most objects kept as possible Info dictionaries.
    static let candidateLimit = 64

    /// An object that could be the Info dictionary.
    struct Candidate {
        var title: [UInt8]?
        var author: [UInt8]?
        /// How much it looks like an Info dictionary: 0 structural, 1 a `/Title` alone, 2 Info keys.
        var rank: Int
        /// When it was read, to forget the oldest first.
        var order: Int
    }

    /// The stream whose data the scanner is in.
    struct StreamContext {
        var object: PDFObjectID
        /// True when the stream's dictionary says `/Type /Metadata`.
        var isMetadata: Bool
        /// What the inspector should inflate and read, for a Flate-compressed stream it understands.
        var capture: StreamCapture?
    }

    /// A compressed stream worth inflating.
    enum StreamCapture: Equatable {
        /// An object stream (`/Type /ObjStm`) of `count` objects whose first starts at `first`.
        case objects(count: Int, first: Int)
        /// A compressed XMP metadata stream.
        case metadata
    }

    /// What the outermost dictionary of an object or trailer said.
    private struct Outer {
        var title: [UInt8]?
        var author: [UInt8]?
        var hasInfoKey = false
        var hasStructuralKey = false
        var type = PDFName.other
        var info: PDFObjectID?
        var metadata: PDFObjectID?
        var hasEncrypt = false
        var count: Int?
        var first: Int?
        /// `/Filter /FlateDecode`, or an array holding only it.
        var isFlate = false
        var hasOtherFilter = false
    }

    private enum Context {
        case none
        case object(PDFObjectID)
        case trailer
    }

    /// The `/Info` of the last trailer or xref stream read.
    private(set) var info: PDFObjectID?
    /// The catalog's `/Metadata`, last one read.
    private(set) var catalogMetadata: PDFObjectID?
    /// True once a trailer or xref stream named an `/Encrypt` dictionary.
    private(set) var isEncrypted = false
    /// True once an object stream (`/Type /ObjStm`) was seen: its objects are read only when the
    /// inspector could inflate it (Flate, within its budget).
    private(set) var hasObjectStreams = false
    /// True once a `/JavaScript` or `/JS` name was seen outside stream data.
    private(set) var hasJavaScript = false
    /// True once an `/EmbeddedFiles` name tree or an `/EmbeddedFile` stream type was seen outside stream data.
    private(set) var hasEmbeddedFiles = false
    /// True once a cross-reference table (`xref`) or stream (`/Type /XRef`) was seen.
    private(set) var hasCrossReference = false
    /// The offset after the last `startxref`, if an integer followed it.
    private(set) var startxref: Int?
    private var expectingStartxref = false
    /// The stream being skipped, when it belongs to an object.
    private(set) var stream: StreamContext?
    private(set) var candidates: [PDFObjectID: Candidate] = [:]

    private var context = Context.none
    /// Nesting of dictionaries and arrays within the current object or trailer.
    private var depth = 0
    private var outerIsDictionary = false
    private var outer = Outer()
    /// The object's dictionary once closed, for the stream that may follow.
    private var closed = Outer()
    private var closedType: PDFName { closed.type }
    /// True inside the array value of `/Filter`.
    private var inFilterArray = false
    private var expectingKey = true
    private var key = PDFName.other
    /// The last two tokens, when they were integers: `7 0` before `obj` or `R`.
    private var integers: (Int?, Int?) = (nil, nil)
    private var order = 0

    mutating func accept(_ token: PDFToken) {
        if token == .name(.objectStream) { hasObjectStreams = true }
        if token == .name(.javaScript) || token == .name(.js) { hasJavaScript = true }
        if token == .name(.embeddedFiles) || token == .name(.embeddedFile) { hasEmbeddedFiles = true }
        if token == .keyword(.xref) { hasCrossReference = true }
        if expectingStartxref {
            expectingStartxref = false
            if case .integer(let offset) = token { startxref = offset }
        }
        if token == .keyword(.startxref) { expectingStartxref = true }
        defer {
            if case .integer(let value) = token { integers = (integers.1, value) } else { integers = (nil, nil) }
        }
        switch token {
        case .keyword(.obj):
            guard let number = integers.0, let generation = integers.1 else { return }
            enter(.object(PDFObjectID(number: number, generation: generation)))
        case .keyword(.endobj), .keyword(.xref), .keyword(.startxref):
            enter(.none)
        case .keyword(.trailer):
            enter(.trailer)
        case .keyword(.stream):
            if case .object(let id) = context, depth == 0 {
                stream = StreamContext(object: id, isMetadata: closedType == .metadata, capture: Self.capture(closed))
            }
        case .keyword(.endstream):
            stream = nil
        case .dictionaryOpen, .arrayOpen:
            if depth == 0 {
                outerIsDictionary = token == .dictionaryOpen
                outer = Outer()
                expectingKey = true
                key = .other
            } else if depth == 1 {
                inFilterArray = token == .arrayOpen && key == .filter && outerIsDictionary
                expectingKey = true
            }
            depth += 1
        case .dictionaryClose, .arrayClose:
            guard depth > 0 else { return }
            depth -= 1
            if depth == 1 {
                expectingKey = true
                inFilterArray = false
            }
            if depth == 0 && outerIsDictionary { closeOuter() }
        default:
            if depth == 1 && outerIsDictionary { entry(token) }
            if depth == 2 && inFilterArray, case .name(let name) = token { filter(name) }
        }
    }

    /// A name, string, number or keyword directly inside the outermost dictionary.
    private mutating func entry(_ token: PDFToken) {
        if case .name(let name) = token, expectingKey {
            key = name
            expectingKey = false
            switch name {
            case .author, .producer, .creator, .creationDate, .modDate, .subject, .keywords: outer.hasInfoKey = true
            case .parent, .type, .subtype, .rect, .dest, .action: outer.hasStructuralKey = true
            case .encrypt: outer.hasEncrypt = true
            default: break
            }
            return
        }
        if case .keyword(.reference) = token, let number = integers.0, let generation = integers.1 {
            let id = PDFObjectID(number: number, generation: generation)
            if key == .info { outer.info = id }
            if key == .metadata { outer.metadata = id }
            return
        }
        guard !expectingKey else { return }
        switch (key, token) {
        case (.title, .string(let bytes)): outer.title = bytes
        case (.author, .string(let bytes)): outer.author = bytes
        case (.type, .name(let name)): outer.type = name
        case (.count, .integer(let value)): outer.count = value
        case (.first, .integer(let value)): outer.first = value
        case (.filter, .name(let name)): filter(name)
        default: break
        }
        expectingKey = true
    }

    private mutating func filter(_ name: PDFName) {
        if name == .flateDecode { outer.isFlate = true } else { outer.hasOtherFilter = true }
    }

    /// What to inflate in the stream that follows `dictionary`, if anything.
    private static func capture(_ dictionary: Outer) -> StreamCapture? {
        guard dictionary.isFlate, !dictionary.hasOtherFilter else { return nil }
        switch dictionary.type {
        case .objectStream:
            guard let count = dictionary.count, let first = dictionary.first else { return nil }
            return .objects(count: count, first: first)
        case .metadata:
            return .metadata
        default:
            return nil
        }
    }

    /// Forgets the object being read: after the objects of an object stream were fed in, or
    /// when the file's own `endobj` comes.
    mutating func leaveObject() {
        enter(.none)
    }

    private mutating func enter(_ next: Context) {
        context = next
        depth = 0
        outerIsDictionary = false
        closed = Outer()
        inFilterArray = false
        stream = nil
    }

    private mutating func closeOuter() {
        closed = outer
        switch context {
        case .none:
            return
        case .trailer:
            closeTrailer()
        case .object(let id):
            if outer.type == .xref {
                hasCrossReference = true
                closeTrailer()
            }
            if outer.type == .catalog, let metadata = outer.metadata { catalogMetadata = metadata }
            remember(id)
        }
    }

    private mutating func closeTrailer() {
        if let reference = outer.info { info = reference }
        if outer.hasEncrypt { isEncrypted = true }
    }

    /// Keeps the object as a possible Info dictionary, or forgets an older definition of it.
    private mutating func remember(_ id: PDFObjectID) {
        guard outer.title != nil || outer.author != nil || outer.hasInfoKey else {
            candidates[id] = nil
            return
        }
        let rank = outer.hasStructuralKey ? 0 : outer.hasInfoKey ? 2 : 1
        if candidates[id] == nil && candidates.count >= Self.candidateLimit {
            var victim: (id: PDFObjectID, rank: Int, order: Int)?
            for (other, candidate) in candidates where other != info {
                if let chosen = victim, (chosen.rank, chosen.order) <= (candidate.rank, candidate.order) { continue }
                victim = (other, candidate.rank, candidate.order)
            }
            guard let victim else { return }
            candidates[victim.id] = nil
        }
        order += 1
        // Copies, so that a kept value does not hold on to the scanner's larger buffer.
        candidates[id] = Candidate(title: outer.title.map(Self.copy), author: outer.author.map(Self.copy), rank: rank,
                                   order: order)
    }

    private static func copy(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { Array($0) }
    }
}
