import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Media types and PRONOM ids by file name, for files whose content the inspectors do not
/// identify (PDFs are identified from their bytes).
public enum MediaType {
    /// A media type, its PRONOM id and the format's name, when known.
    public struct Format: Sendable, Equatable {
        /// The IANA media type.
        public var mediaType: String
        /// The PRONOM id, if PRONOM has one that fits without looking at the content.
        public var puid: String?
        /// The format's name.
        public var name: String
    }

    /// The format a file name suggests; `application/octet-stream` when unknown.
    public static func guess(forName name: String) -> Format {
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        return byExtension[ext] ?? Format(mediaType: "application/octet-stream", puid: nil, name: "Unknown format")
    }

    /// The format of a file: from its facts when an inspector identified it (the identification
    /// inspector's, which calls unknown content `application/octet-stream`), else from its name.
    public static func format(of entry: FileEntry, facts: FileFacts?) -> Format {
        if let identified = facts?.format {
            return Format(mediaType: identified.mediaType, puid: identified.puid, name: identified.name)
        }
        if let type = facts?.mediaType {
            let guess = guess(forName: entry.name)
            let name = guess.mediaType == type ? guess.name : type
            return Format(mediaType: type, puid: facts?.puid ?? (guess.mediaType == type ? guess.puid : nil), name: name)
        }
        return guess(forName: entry.name)
    }

    private static let byExtension: [String: Format] = [
        "csv": Format(mediaType: "text/csv", puid: "x-fmt/18", name: "Comma Separated Values"),
        "tsv": Format(mediaType: "text/tab-separated-values", puid: "x-fmt/13", name: "Tab-separated values"),
        "txt": Format(mediaType: "text/plain", puid: "x-fmt/111", name: "Plain Text File"),
        "md": Format(mediaType: "text/markdown", puid: "fmt/1149", name: "Markdown"),
        "json": Format(mediaType: "application/json", puid: "fmt/817", name: "JSON Data Interchange Format"),
        "jsonld": Format(mediaType: "application/ld+json", puid: "fmt/880", name: "JSON-LD"),
        "geojson": Format(mediaType: "application/geo+json", puid: "fmt/1367", name: "GeoJSON"),
        "yaml": Format(mediaType: "application/yaml", puid: nil, name: "YAML"),
        "yml": Format(mediaType: "application/yaml", puid: nil, name: "YAML"),
        "xml": Format(mediaType: "application/xml", puid: "fmt/101", name: "Extensible Markup Language"),
        "html": Format(mediaType: "text/html", puid: nil, name: "Hypertext Markup Language"),
        "pdf": Format(mediaType: "application/pdf", puid: nil, name: "Portable Document Format"),
        "odt": Format(mediaType: "application/vnd.oasis.opendocument.text", puid: nil, name: "OpenDocument Text"),
        "ods": Format(mediaType: "application/vnd.oasis.opendocument.spreadsheet", puid: nil, name: "OpenDocument Spreadsheet"),
        "docx": Format(mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       puid: "fmt/412", name: "Microsoft Word for Windows 2007 onwards"),
        "xlsx": Format(mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       puid: "fmt/214", name: "Microsoft Excel for Windows 2007 onwards"),
        "png": Format(mediaType: "image/png", puid: nil, name: "Portable Network Graphics"),
        "jpg": Format(mediaType: "image/jpeg", puid: nil, name: "JPEG File Interchange Format"),
        "jpeg": Format(mediaType: "image/jpeg", puid: nil, name: "JPEG File Interchange Format"),
        "tif": Format(mediaType: "image/tiff", puid: "fmt/353", name: "Tagged Image File Format"),
        "tiff": Format(mediaType: "image/tiff", puid: "fmt/353", name: "Tagged Image File Format"),
        "svg": Format(mediaType: "image/svg+xml", puid: nil, name: "Scalable Vector Graphics"),
        "mp3": Format(mediaType: "audio/mpeg", puid: "fmt/134", name: "MPEG 1/2 Audio Layer 3"),
        "flac": Format(mediaType: "audio/flac", puid: "fmt/279", name: "Free Lossless Audio Codec"),
        "wav": Format(mediaType: "audio/wav", puid: nil, name: "Waveform Audio"),
        "mp4": Format(mediaType: "video/mp4", puid: "fmt/199", name: "MPEG-4 Media File"),
        "mkv": Format(mediaType: "video/x-matroska", puid: "fmt/569", name: "Matroska"),
        "zip": Format(mediaType: "application/zip", puid: "x-fmt/263", name: "ZIP Format"),
        "gz": Format(mediaType: "application/gzip", puid: "x-fmt/266", name: "GZIP Format"),
        "sqlite": Format(mediaType: "application/vnd.sqlite3", puid: "fmt/729", name: "SQLite Database File Format"),
        "nc": Format(mediaType: "application/x-netcdf", puid: nil, name: "NetCDF"),
        "h5": Format(mediaType: "application/x-hdf5", puid: "fmt/807", name: "Hierarchical Data Format 5"),
    ]
}
