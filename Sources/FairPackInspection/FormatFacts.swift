/// What a file is, judged from its content by the identification inspector (``FactKind/format``).
///
/// A plain value so checks can read it without knowing the identification engine: the
/// inspector also records whether the name's extension agrees with the content and how
/// suitable the format is for archiving.
public struct FormatFacts: Sendable, Equatable {
    /// How suitable a format is for long-term archiving.
    public enum Preference: String, Sendable, Equatable, CaseIterable {
        case preferred, accepted, discouraged
    }

    /// The format family's identifier (`pdf`, `docx`, `zip`, `unknown`…).
    public var format: String
    /// A human name with the version when known, such as "PDF 1.7".
    public var name: String
    /// The media type; `application/octet-stream` when the content is not recognised.
    public var mediaType: String
    /// The PRONOM id, when the content pins it down.
    public var puid: String?
    /// Extensions (lowercased, no dot) that fit the content.
    public var expectedExtensions: [String]
    /// False when the file's extension contradicts its content (a `.doc` renamed `.pdf`).
    public var extensionAgrees: Bool
    /// True for containers of other files (zip, tar, 7z, rar, gzip…).
    public var isArchive: Bool
    /// True for zip, tar and 7z files, which hold a tree of files.
    public var isFileTree: Bool
    /// True when a zip entry is encrypted.
    public var isEncryptedZip: Bool
    /// True for programs (ELF, PE, Mach-O, Java classes, `#!` scripts).
    public var isExecutable: Bool
    /// True when the content is text.
    public var isTextual: Bool
    /// Suitability for archiving.
    public var preference: Preference
    /// Open formats to convert to, best first.
    public var convertTo: [String]
    /// Why the format has its preference, in one sentence.
    public var preferenceReason: String

    /// Creates facts; the defaults describe unknown content.
    public init(format: String = "unknown", name: String = "Unknown", mediaType: String = "application/octet-stream",
                puid: String? = nil, expectedExtensions: [String] = [], extensionAgrees: Bool = true,
                isArchive: Bool = false, isFileTree: Bool = false, isEncryptedZip: Bool = false,
                isExecutable: Bool = false, isTextual: Bool = false, preference: Preference = .accepted,
                convertTo: [String] = [], preferenceReason: String = "") {
        self.format = format
        self.name = name
        self.mediaType = mediaType
        self.puid = puid
        self.expectedExtensions = expectedExtensions
        self.extensionAgrees = extensionAgrees
        self.isArchive = isArchive
        self.isFileTree = isFileTree
        self.isEncryptedZip = isEncryptedZip
        self.isExecutable = isExecutable
        self.isTextual = isTextual
        self.preference = preference
        self.convertTo = convertTo
        self.preferenceReason = preferenceReason
    }
}
