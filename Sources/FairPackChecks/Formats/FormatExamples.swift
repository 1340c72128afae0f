import FairPackBase
import FairPackDeposit
import FairPackInspection
/// File entries and identification facts for the format checks' examples.
enum FormatExamples {
    /// Facts saying the file at `path` holds `format`.
    static func facts(_ path: String, _ format: FormatFacts) -> FileFacts {
        var facts = FileFacts(path: path)
        facts.format = format
        facts.mediaType = format.mediaType
        facts.puid = format.puid
        return facts
    }

    static let pdf = FormatFacts(format: "pdf", name: "PDF 1.7", mediaType: "application/pdf", puid: "fmt/276",
                                 expectedExtensions: ["pdf"], preference: .accepted, convertTo: ["PDF/A"],
                                 preferenceReason: "PDF is accepted; PDF/A is the archival form.")
    static let csv = FormatFacts(format: "csv", name: "CSV", mediaType: "text/csv", puid: "x-fmt/18",
                                 expectedExtensions: ["csv"], isTextual: true, preference: .preferred,
                                 preferenceReason: "CSV is the recommended open table format.")
    static let doc = FormatFacts(format: "doc", name: "Word 97-2003", mediaType: "application/msword", puid: "fmt/40",
                                 expectedExtensions: ["doc"], preference: .discouraged, convertTo: ["PDF/A", "ODT"],
                                 preferenceReason: "Legacy binary Office format.")
    static let zip = FormatFacts(format: "zip", name: "ZIP", mediaType: "application/zip", puid: "x-fmt/263",
                                 expectedExtensions: ["zip"], isArchive: true, isFileTree: true, preference: .accepted,
                                 preferenceReason: "Archives hide their content from checks; deposit the files themselves.")
    static let elf = FormatFacts(format: "elf", name: "ELF", mediaType: "application/x-executable",
                                 expectedExtensions: ["", "so", "o"], isExecutable: true, preference: .discouraged,
                                 preferenceReason: "Binaries are platform-bound; deposit the source code.")

    /// The same facts with the extension contradicting the content.
    static func renamed(_ format: FormatFacts) -> FormatFacts {
        var copy = format
        copy.extensionAgrees = false
        return copy
    }

    /// The same facts for a zip with an encrypted entry.
    static var encryptedZip: FormatFacts {
        var copy = zip
        copy.isEncryptedZip = true
        return copy
    }
}
