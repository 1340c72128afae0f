import FairPackBase
import FairPackDeposit
import FairPackInspection
/// A token of PDF's object syntax, as far as the inspector needs to tell them apart.
///
/// Names and keywords are classified on the spot so that tokens stay small; a string's bytes
/// are the scanner's own buffer, shared rather than copied.
enum PDFToken: Equatable {
    /// An unsigned integer that fits in ten digits (object and generation numbers).
    case integer(Int)
    /// A name (`/Title`), decoded from `#xx` escapes and classified.
    case name(PDFName)
    /// A literal or hexadecimal string, escapes decoded, at most ``PDFTokenScanner/stringLimit`` bytes.
    case string([UInt8])
    /// A run of regular characters that is not an integer: `obj`, `R`, `true`, `3.14`…
    case keyword(PDFKeyword)
    /// `<<`.
    case dictionaryOpen
    /// `>>`.
    case dictionaryClose
    /// `[`.
    case arrayOpen
    /// `]`.
    case arrayClose
}

/// The names the inspector reacts to; every other name is `.other`.
enum PDFName: Equatable {
    case title, author, subject, keywords, creator, producer, creationDate, modDate
    case info, encrypt, type, subtype, metadata
    case xref, catalog, parent, rect, dest, action, objectStream
    case javaScript, js
    case count, first, filter, flateDecode
    case embeddedFiles, embeddedFile
    case other

    private static let table: [(bytes: [UInt8], name: PDFName)] = [
        ("Title", .title), ("Author", .author), ("Subject", .subject), ("Keywords", .keywords),
        ("Creator", .creator), ("Producer", .producer), ("CreationDate", .creationDate), ("ModDate", .modDate),
        ("Info", .info), ("Encrypt", .encrypt), ("Type", .type), ("Subtype", .subtype), ("Metadata", .metadata),
        ("XRef", .xref), ("Catalog", .catalog), ("Parent", .parent), ("Rect", .rect), ("Dest", .dest),
        ("A", .action), ("ObjStm", .objectStream), ("JavaScript", .javaScript), ("JS", .js),
        ("N", .count), ("First", .first), ("Filter", .filter), ("FlateDecode", .flateDecode),
        ("EmbeddedFiles", .embeddedFiles), ("EmbeddedFile", .embeddedFile),
    ].map { (text: String, name: PDFName) in (Array(text.utf8), name) }

    init(_ bytes: [UInt8]) {
        self = Self.table.first { $0.bytes == bytes }?.name ?? .other
    }
}

/// The keywords the inspector reacts to; every other run of regular characters is `.other`.
enum PDFKeyword: Equatable {
    case obj, endobj, reference, trailer, stream, endstream, xref, startxref, other

    private static let table: [(bytes: [UInt8], keyword: PDFKeyword)] = [
        ("obj", .obj), ("endobj", .endobj), ("R", .reference), ("trailer", .trailer), ("stream", .stream),
        ("endstream", .endstream), ("xref", .xref), ("startxref", .startxref),
    ].map { (text: String, keyword: PDFKeyword) in (Array(text.utf8), keyword) }

    init(_ bytes: [UInt8]) {
        self = Self.table.first { $0.bytes == bytes }?.keyword ?? .other
    }
}

/// Receives the tokens a ``PDFTokenScanner`` finds, in order.
protocol PDFTokenSink {
    /// Takes the next token.
    mutating func accept(_ token: PDFToken)
}
