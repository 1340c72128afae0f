/// Formats built on zip: ODF and EPUB by their first `mimetype` entry, OOXML by its parts,
/// Java archives by their manifest, and plain zip otherwise.
enum ZipPackage {
    static func identify(head: ByteWindow, tail: ByteWindow, fileSize: Int) -> FormatIdentity {
        let directory = ZipDirectory(head: head, tail: tail, fileSize: fileSize)
        let encrypted = directory.anyEncrypted
        var identity = classify(directory, head: head)
        identity.isEncryptedZip = encrypted
        if let first = directory.names.first { identity.extras["firstEntry"] = first }
        identity.extras["entriesSeen"] = String(directory.names.count)
        return identity
    }

    private static func classify(_ directory: ZipDirectory, head: ByteWindow) -> FormatIdentity {
        if directory.localEntries.first?.name == "mimetype",
           let bytes = directory.prefix(of: "mimetype", limit: 200) {
            let mimetype = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: " ")
            if let identity = openDocument(mimetype, directory: directory, head: head) { return identity }
        }
        let names = directory.names
        if names.contains("[Content_Types].xml") || names.contains(where: { $0.hasPrefix("_rels/") }) {
            return officeOpenXML(names, directory: directory, head: head)
        }
        if names.first == "META-INF/MANIFEST.MF" || (names.first == "META-INF/" && names.contains("META-INF/MANIFEST.MF")) {
            return FormatIdentity(format: .jar, puid: "x-fmt/412")
        }
        return FormatIdentity(format: .zip, puid: "x-fmt/263")
    }

    private static func openDocument(_ mimetype: String, directory: ZipDirectory, head: ByteWindow) -> FormatIdentity? {
        if mimetype == "application/epub+zip" { return FormatIdentity(format: .epub, puid: "fmt/483") }
        let formats: [String: FileFormat] = [
            "application/vnd.oasis.opendocument.text": .odt, "application/vnd.oasis.opendocument.text-template": .odt,
            "application/vnd.oasis.opendocument.spreadsheet": .ods,
            "application/vnd.oasis.opendocument.spreadsheet-template": .ods,
            "application/vnd.oasis.opendocument.presentation": .odp,
            "application/vnd.oasis.opendocument.presentation-template": .odp,
            "application/vnd.oasis.opendocument.graphics": .odg,
        ]
        guard let format = formats[mimetype] else { return nil }
        let version = openDocumentVersion(directory, head: head)
        let ids: [FileFormat: [String: String]] = [
            .odt: ["1.0": "fmt/136", "1.1": "fmt/290", "1.2": "fmt/291", "1.3": "fmt/1756"],
            .ods: ["1.0": "fmt/137", "1.1": "fmt/294", "1.2": "fmt/295", "1.3": "fmt/1755"],
            .odp: ["1.0": "fmt/138", "1.1": "fmt/292", "1.2": "fmt/293", "1.3": "fmt/1754"],
            .odg: ["1.0": "fmt/139", "1.1": "fmt/296", "1.2": "fmt/297", "1.3": "fmt/1753"],
        ]
        return FormatIdentity(format: format, puid: version.flatMap { ids[format]?[$0] }, version: version,
                              mediaType: mimetype)
    }

    /// The `office:version` of the first XML part whose start is in the head. ODF 1.0 files
    /// may omit it; then no version (and no id) is claimed.
    private static func openDocumentVersion(_ directory: ZipDirectory, head: ByteWindow) -> String? {
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"] {
            guard let bytes = directory.prefix(of: part, limit: 4096) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for key in ["office:version=\"", "manifest:version=\""] {
                if let range = text.firstRange(of: key) {
                    let rest = text[range.upperBound...]
                    if let close = rest.firstIndex(of: "\"") { return String(rest[..<close]) }
                }
            }
        }
        return nil
    }

    /// OOXML main documents are told apart by their part folders, refined by `[Content_Types].xml`
    /// (macro-enabled variants) when it can be read.
    private static func officeOpenXML(_ names: [String], directory: ZipDirectory, head: ByteWindow) -> FormatIdentity {
        let types = directory.prefix(of: "[Content_Types].xml", limit: 16_384)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        let macro = types.contains("macroEnabled.main+xml") || names.contains(where: { $0.hasSuffix("vbaProject.bin") })
        if names.contains(where: { $0.hasPrefix("word/") }) {
            return macro ? FormatIdentity(format: .docm, puid: "fmt/523") : FormatIdentity(format: .docx, puid: "fmt/412")
        }
        if names.contains(where: { $0.hasPrefix("xl/") }) {
            return macro ? FormatIdentity(format: .xlsm) : FormatIdentity(format: .xlsx, puid: "fmt/214")
        }
        if names.contains(where: { $0.hasPrefix("ppt/") }) {
            return macro ? FormatIdentity(format: .pptm, puid: "fmt/487") : FormatIdentity(format: .pptx, puid: "fmt/215")
        }
        if types.contains("wordprocessingml") { return FormatIdentity(format: .docx, puid: "fmt/412") }
        if types.contains("spreadsheetml") { return FormatIdentity(format: .xlsx, puid: "fmt/214") }
        if types.contains("presentationml") { return FormatIdentity(format: .pptx, puid: "fmt/215") }
        return FormatIdentity(format: .ooxml, puid: "fmt/189")
    }
}
