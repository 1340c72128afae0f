/// What a file is, judged from its content: media type, PRONOM id, human name and version.
///
/// Identification never trusts the extension, except to choose between text subtypes when the
/// content is plain text (a plain-text `.md` file is Markdown). `puid` is nil whenever the
/// content does not pin one PRONOM format down: a missing id is better than a wrong one.
public struct FormatIdentity: Sendable, Equatable, Codable {
    /// The format family.
    public var format: FileFormat
    /// The media type, such as `application/pdf`; `application/octet-stream` when unknown.
    public var mediaType: String
    /// The PRONOM unique id, such as `fmt/276`, when the content pins it down.
    public var puid: String?
    /// A human name with the version when known, such as "PDF 1.7".
    public var name: String
    /// The format version read from the content, such as "1.7" for a PDF.
    public var version: String?
    /// Further facts read on the way (CSV `delimiter`, text `encoding`, zip `firstEntry`, `compression`…).
    public var extras: [String: String]
    /// True when a zip entry has its encryption bit set (also for OOXML and ODF packages).
    public var isEncryptedZip: Bool

    /// Creates an identity; `mediaType` and `name` default to the format's own.
    public init(format: FileFormat, puid: String? = nil, version: String? = nil, name: String? = nil,
                mediaType: String? = nil, extras: [String: String] = [:], isEncryptedZip: Bool = false) {
        self.format = format
        self.mediaType = mediaType ?? format.mediaType
        self.puid = puid
        self.version = version
        self.name = name ?? (version.map { "\(format.name) \($0)" } ?? format.name)
        self.extras = extras
        self.isEncryptedZip = isEncryptedZip
    }

    /// Content that no signature recognises: `application/octet-stream`, never a guess from the name.
    public static let unknown = FormatIdentity(format: .unknown)

    /// True for containers of other files: zip, tar, 7z, rar and the compressed streams (gzip, bzip2, xz, zstd).
    public var isArchive: Bool { format.kind == .archive }
    /// True for programs: ELF, PE, Mach-O, Java classes, and scripts starting with `#!`.
    public var isExecutable: Bool { format.kind == .executable }
    /// True when the content is text (plain, delimited, markup, JSON, scripts, RTF).
    public var isTextual: Bool {
        switch format {
        case .plainText, .csv, .tsv, .json, .jsonLD, .geoJSON, .jupyter, .xml, .html, .markdown, .svg,
             .shellScript, .rtf:
            true
        default:
            false
        }
    }

    /// Extensions, lowercased and without dot, that agree with the identified content.
    public var expectedExtensions: [String] { format.expectedExtensions }

    /// True when the name's extension fits the content (or the content is unknown, so nothing disagrees).
    ///
    /// Compound extensions are read by their last part: `data.tar.gz` is checked as `gz`. Text,
    /// markup and native executables often carry application-specific extensions: for them an
    /// extension that no known format claims also agrees (`setup.cfg`, `fonts.conf`, `mkfs.minix`),
    /// while one claimed by another format does not (`notes.pdf` holding text).
    public func extensionAgrees(fileName: String) -> Bool {
        if format == .unknown { return true }
        let extensionText = FormatIdentity.fileExtension(of: fileName)
        // Versioned shared libraries: libz.so.1.3
        if format == .elf, fileName.contains(".so.") { return true }
        if expectedExtensions.contains(extensionText) { return true }
        if isTextual || format == .plainText || format == .markdown || format == .elf || format == .machO {
            return !FileFormat.claimedExtensions.contains(extensionText)
        }
        return expectedExtensions.contains(extensionText)
    }

    /// The lowercased last extension of a file name, or "" when it has none (`.bashrc` has none).
    public static func fileExtension(of fileName: String) -> String {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return String(base[base.index(after: dot)...]).lowercased()
    }

    /// The same PDF identity refined by a PDF/A declaration read from its XMP (`pdfaid:part`,
    /// `pdfaid:conformance`); unchanged for other formats or unknown part/level pairs.
    public func declaringPDFA(part: Int, conformance: String) -> FormatIdentity {
        guard format == .pdf else { return self }
        let level = conformance.lowercased()
        let ids: [String: String] = [
            "1a": "fmt/95", "1b": "fmt/354", "2a": "fmt/476", "2b": "fmt/477", "2u": "fmt/478",
            "3a": "fmt/479", "3b": "fmt/480", "3u": "fmt/481",
        ]
        guard let id = ids["\(part)\(level)"] else {
            var copy = self
            copy.extras["pdfa"] = "\(part)\(level)"
            return copy
        }
        var copy = self
        copy.puid = id
        copy.name = "PDF/A-\(part)\(level)"
        copy.extras["pdfa"] = "\(part)\(level)"
        return copy
    }
}
