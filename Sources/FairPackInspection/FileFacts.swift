import FairPackBase
import FairPackDeposit
/// What the one read of a file taught the inspectors. Checks read facts, never files.
public struct FileFacts: Sendable {
    /// The file's path relative to the deposit root.
    public var path: String
    /// Bytes actually read (less than the size when every inspector stopped early).
    public var bytesRead: UInt64 = 0
    /// The media type identified from the content (and the name where content cannot tell).
    public var mediaType: String?
    /// The PRONOM format id, when known.
    public var puid: String?
    /// Digests of the whole file, by algorithm, when a digest inspector read it.
    public var digests: [DigestAlgorithm: String] = [:]
    /// What a PDF says about itself, for PDF files.
    public var pdf: PDFFacts?
    /// The maDMP read from this file, when it is the deposit's `dmp:`.
    public var dmp: DMPReading?
    /// The bytes of `ro-crate-metadata.json` at the deposit's root, when the deposit already
    /// holds an RO-Crate (nil when it is larger than the inspector keeps).
    public var existingCrate: ExistingCrate?
    /// Why the file could not be read, if it could not.
    public var readError: String?
    /// True when its size or modification time changed while it was read.
    public var changedWhileRead = false
    /// What the content is, when the identification inspector read it.
    public var format: FormatFacts?
    /// Licences stated in the file, for licence files and root READMEs.
    public var licences: LicenceFacts?
    /// The table a CSV or TSV file holds.
    public var table: TableFacts?
    /// The encoding of a text file (for tables, see ``TableFacts/encoding``).
    public var encoding: EncodingFacts?
    /// Personal data found in a text file, masked.
    public var personalData: PersonalDataFacts?

    /// Creates empty facts for `path`.
    public init(path: String) {
        self.path = path
    }
}

/// Facts about a PDF: its version, its Info dictionary and XMP metadata.
public struct PDFFacts: Sendable, Equatable {
    /// The version in the header (`1.7`), or nil when the header is missing.
    public var version: String?
    /// `/Title` of the Info dictionary, decoded.
    public var infoTitle: String?
    /// `/Author` of the Info dictionary, decoded.
    public var infoAuthor: String?
    /// `dc:title` of the XMP metadata.
    public var xmpTitle: String?
    /// `dc:creator` entries of the XMP metadata, joined with "; ".
    public var xmpCreator: String?
    /// True when the trailer names an `/Encrypt` dictionary.
    public var isEncrypted = false
    /// True when the Info dictionary may sit in a compressed object stream that could not be
    /// read (a filter other than Flate, or past the inspector's limits): a missing Info title
    /// or author then means "not seen", not "absent".
    public var infoIsCompressed = false
    /// The PDF/A part and conformance claimed in XMP (`2b`), if any.
    public var pdfaClaim: String?
    /// True when a `/JavaScript` or `/JS` name appears outside stream data.
    public var hasJavaScript = false
    /// True when an `/EmbeddedFiles` name tree or an `/EmbeddedFile` stream appears (attachments).
    public var hasEmbeddedFiles = false
    /// Why the file looks damaged (`%%EOF` missing near the end, cross-reference unreadable), or nil.
    public var damage: String?

    /// Creates facts.
    public init(version: String? = nil, infoTitle: String? = nil, infoAuthor: String? = nil, xmpTitle: String? = nil,
                xmpCreator: String? = nil, isEncrypted: Bool = false, pdfaClaim: String? = nil) {
        self.version = version
        self.infoTitle = infoTitle
        self.infoAuthor = infoAuthor
        self.xmpTitle = xmpTitle
        self.xmpCreator = xmpCreator
        self.isEncrypted = isEncrypted
        self.pdfaClaim = pdfaClaim
    }

    /// The title a reader sees: the Info dictionary's, else XMP's.
    public var title: String? { infoTitle ?? xmpTitle }
    /// The author a reader sees: the Info dictionary's, else XMP's.
    public var author: String? { infoAuthor ?? xmpCreator }
}

/// The RO-Crate metadata a deposit already holds at its root, as read.
public struct ExistingCrate: Sendable, Equatable {
    /// The file's bytes; empty when it was too large to keep.
    public var bytes: [UInt8]
    /// True when the file was larger than the inspector keeps.
    public var tooLarge: Bool

    /// Creates the facts.
    public init(bytes: [UInt8], tooLarge: Bool = false) {
        self.bytes = bytes
        self.tooLarge = tooLarge
    }

    /// The name of the file at the root of a crate.
    public static let fileName = "ro-crate-metadata.json"
    /// The preview page beside it, which `pack` writes anew.
    public static let previewName = "ro-crate-preview.html"
}
