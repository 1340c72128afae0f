import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Makes an identification inspector for every file: it fills ``FileFacts/format`` and the
/// media type and PRONOM id from the content.
public struct FormatInspectorFactory: InspectorFactory {
    /// Creates the factory.
    public init() {}

    /// Identification facts.
    public var provides: FactKind { .format }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        FormatInspector(entry: entry)
    }
}

/// Identifies one file from its head (and a zip's tail) with ``FormatIdentifier``.
///
/// Unknown content is `application/octet-stream`: the extension is only compared with the
/// content, never used to guess it.
struct FormatInspector: Inspector {
    private var identifier: FormatIdentifier
    private let entry: FileEntry

    init(entry: FileEntry) {
        self.entry = entry
        identifier = FormatIdentifier(fileName: entry.name)
    }

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        identifier.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        let size = Int(clamping: max(entry.size, facts.bytesRead))
        let identity = identifier.result(fileSize: size)
        facts.format = FormatInspector.facts(for: identity, fileName: entry.name)
        FormatInspector.reconcile(&facts)
    }

    /// Extensions of the text formats: text named for any of them agrees with its name, since a
    /// CSV of three lines reads as plain text and a Markdown file without markup as well.
    static let textualExtensions = Set(FileFormat.allCases.filter { FormatIdentity(format: $0).isTextual }
        .flatMap(\.expectedExtensions).filter { !$0.isEmpty })

    /// True when the name fits the content; text under any text format's extension fits.
    static func agrees(_ identity: FormatIdentity, fileName: String) -> Bool {
        if identity.extensionAgrees(fileName: fileName) { return true }
        return identity.isTextual && textualExtensions.contains(FormatIdentity.fileExtension(of: fileName))
    }

    /// The fact value for an identity.
    static func facts(for identity: FormatIdentity, fileName: String) -> FormatFacts {
        let preference = ArchivalPreference.of(identity)
        return FormatFacts(
            format: identity.format.rawValue, name: identity.name, mediaType: identity.mediaType, puid: identity.puid,
            expectedExtensions: identity.expectedExtensions, extensionAgrees: agrees(identity, fileName: fileName),
            isArchive: identity.isArchive, isFileTree: [.zip, .tar, .sevenZip].contains(identity.format),
            isEncryptedZip: identity.isEncryptedZip, isExecutable: identity.isExecutable, isTextual: identity.isTextual,
            preference: FormatFacts.Preference(rawValue: preference.level.rawValue) ?? .accepted,
            convertTo: preference.convertTo, preferenceReason: preference.reason)
    }

    /// Makes the identification and the PDF inspector agree, whichever finished first: a PDF/A
    /// claim read from XMP refines the identity, and the file's media type and PRONOM id are
    /// the identification's.
    static func reconcile(_ facts: inout FileFacts) {
        guard var format = facts.format else { return }
        if format.format == FileFormat.pdf.rawValue, let claim = facts.pdf?.pdfaClaim,
           let part = claim.first.flatMap({ Int(String($0)) }) {
            let identity = FormatIdentity(format: .pdf, puid: format.puid, version: facts.pdf?.version, name: format.name)
                .declaringPDFA(part: part, conformance: String(claim.dropFirst()))
            let pdfa = Self.facts(for: identity, fileName: facts.path)
            format.puid = pdfa.puid
            format.name = pdfa.name
            format.preference = pdfa.preference
            format.convertTo = pdfa.convertTo
            format.preferenceReason = pdfa.preferenceReason
        }
        let earlier = facts.mediaType == format.mediaType ? facts.puid : nil
        format.puid = format.puid ?? earlier
        facts.format = format
        facts.mediaType = format.mediaType
        facts.puid = format.puid
    }
}
