/// How suitable a format is for long-term archiving, and which open formats to convert it to.
///
/// Data for a check: open, documented formats recommended by Recherche Data Gouv and CINES are
/// `preferred`; widely used formats readable without a single vendor are `accepted`; proprietary,
/// binary or executable content is `discouraged`.
public struct ArchivalPreference: Sendable, Equatable {
    /// Suitability for deposit and long-term preservation.
    public enum Level: String, Sendable, Codable, Comparable {
        case preferred, accepted, discouraged

        /// Preferred sorts first, discouraged last.
        public static func < (lhs: Level, rhs: Level) -> Bool {
            let order: [Level] = [.preferred, .accepted, .discouraged]
            return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
        }
    }

    /// The level for this format.
    public var level: Level
    /// Open formats to convert to, best first (names a person understands, such as "PDF/A").
    public var convertTo: [String]
    /// Why, in one short sentence.
    public var reason: String

    /// The preference for an identified file; PDF/A is preferred over other PDFs.
    public static func of(_ identity: FormatIdentity) -> ArchivalPreference {
        if identity.format == .pdf {
            if identity.extras["pdfa"] != nil { return .init(level: .preferred, convertTo: [], reason: "PDF/A is the archival PDF.") }
            return .init(level: .accepted, convertTo: ["PDF/A"], reason: "PDF is accepted; PDF/A is the archival form.")
        }
        if identity.isEncryptedZip || identity.format == .officeEncrypted {
            return .init(level: .discouraged, convertTo: [], reason: "Encrypted content cannot be read or preserved; deposit it unencrypted.")
        }
        return table[identity.format] ?? .init(level: .accepted, convertTo: [], reason: "No specific guidance for this format.")
    }

    private static func preferred(_ reason: String) -> ArchivalPreference { .init(level: .preferred, convertTo: [], reason: reason) }
    private static func accepted(_ to: [String], _ reason: String) -> ArchivalPreference { .init(level: .accepted, convertTo: to, reason: reason) }
    private static func discouraged(_ to: [String], _ reason: String) -> ArchivalPreference {
        .init(level: .discouraged, convertTo: to, reason: reason)
    }

    private static let table: [FileFormat: ArchivalPreference] = [
        .postscript: accepted(["PDF/A"], "PostScript is documented but superseded by PDF."),
        .heif: accepted(["PNG", "TIFF", "JPEG"], "HEIF is patent-encumbered and little supported by archives."),
        .avif: accepted(["PNG"], "AVIF is open but young."),
        .avi: discouraged(["MKV", "MP4"], "AVI is a dated proprietary container."),
        .odt: preferred("OpenDocument is an open ISO standard."),
        .ods: preferred("OpenDocument is an open ISO standard."),
        .odp: preferred("OpenDocument is an open ISO standard."),
        .odg: preferred("OpenDocument is an open ISO standard."),
        .docx: accepted(["PDF/A", "ODT"], "Office Open XML is widely read but vendor-driven."),
        .xlsx: accepted(["CSV", "ODS"], "Office Open XML is widely read but vendor-driven; tables keep best as CSV."),
        .pptx: accepted(["PDF/A", "ODP"], "Office Open XML is widely read but vendor-driven."),
        .docm: discouraged(["PDF/A", "ODT"], "Macros are executable content."),
        .xlsm: discouraged(["CSV", "ODS"], "Macros are executable content."),
        .pptm: discouraged(["PDF/A", "ODP"], "Macros are executable content."),
        .ooxml: accepted(["PDF/A", "ODF"], "Office Open XML is widely read but vendor-driven."),
        .doc: discouraged(["PDF/A", "ODT"], "Legacy binary Office format."),
        .xls: discouraged(["CSV", "ODS"], "Legacy binary Office format."),
        .ppt: discouraged(["PDF/A", "ODP"], "Legacy binary Office format."),
        .ole2: discouraged(["PDF/A", "ODF"], "Proprietary compound file."),
        .rtf: accepted(["PDF/A", "ODT"], "RTF is documented but no longer maintained."),
        .epub: accepted(["PDF/A"], "EPUB is open but holds web content of varying kinds."),
        .plainText: preferred("Plain text is readable by anything."),
        .csv: preferred("CSV is the recommended open table format."),
        .tsv: preferred("TSV is an open table format."),
        .json: preferred("JSON is an open data format."),
        .jsonLD: preferred("JSON-LD is an open linked-data format."),
        .geoJSON: preferred("GeoJSON is an open geodata standard."),
        .jupyter: accepted(["HTML", "PDF/A"], "Notebooks are open JSON but need their kernel to run."),
        .xml: preferred("XML is an open standard."),
        .html: accepted(["PDF/A"], "HTML is open but may depend on external resources."),
        .markdown: preferred("Markdown is plain text."),
        .svg: preferred("SVG is an open vector standard."),
        .shellScript: accepted([], "Scripts are readable text; document how to run them."),
        .sqlite: accepted(["CSV"], "SQLite is open and stable; CSV exports are simpler to reuse."),
        .geoPackage: preferred("GeoPackage is an open OGC standard."),
        .netCDF: preferred("netCDF is an open scientific format."),
        .hdf5: preferred("HDF5 is an open scientific format."),
        .fits: preferred("FITS is an open scientific format."),
        .matlab: discouraged(["HDF5", "CSV"], "MAT-files need MATLAB or partial readers."),
        .numpy: accepted(["HDF5", "CSV"], "NumPy arrays are documented but tied to Python."),
        .rData: discouraged(["CSV", "RDS with a CSV export"], "RData is tied to R."),
        .rds: discouraged(["CSV"], "RDS is tied to R."),
        .spss: discouraged(["CSV with a codebook"], "SPSS files are proprietary."),
        .stata: discouraged(["CSV with a codebook"], "Stata files are proprietary."),
        .sas: discouraged(["CSV with a codebook"], "SAS files are proprietary."),
        .shapefile: accepted(["GeoPackage", "GeoJSON"], "Shapefiles are widely read but split into several files."),
        .shapeIndex: accepted(["GeoPackage", "GeoJSON"], "Shapefiles are widely read but split into several files."),
        .dbase: accepted(["CSV"], "dBASE tables are widely read but dated."),
        .png: preferred("PNG is an open lossless image standard."),
        .jpeg: accepted(["PNG", "TIFF"], "JPEG is lossy; keep masters lossless."),
        .tiff: preferred("TIFF is the usual image master format."),
        .gif: accepted(["PNG"], "GIF is limited to 256 colours."),
        .jpeg2000: preferred("JPEG 2000 is an open ISO standard."),
        .webp: accepted(["PNG"], "WebP is open but less widely supported by archives."),
        .bmp: discouraged(["PNG", "TIFF"], "BMP is an uncompressed proprietary format."),
        .icon: discouraged(["PNG"], "Icons are a Windows format."),
        .wav: preferred("WAVE PCM is the archival audio format."),
        .flac: preferred("FLAC is open and lossless."),
        .mp3: accepted(["FLAC", "WAV"], "MP3 is lossy."),
        .ogg: preferred("Ogg is an open container."),
        .mp4: accepted(["MKV"], "MP4 (H.264/AAC) is accepted by CINES."),
        .m4a: accepted(["FLAC"], "AAC audio is lossy."),
        .quickTime: discouraged(["MP4", "MKV"], "QuickTime is proprietary."),
        .matroska: preferred("Matroska is an open container."),
        .webm: accepted(["MKV"], "WebM is open but lossy."),
        .aiff: accepted(["WAV", "FLAC"], "AIFF is documented but less common."),
        .zip: accepted([], "Archives hide their content from checks; deposit the files themselves."),
        .jar: discouraged([], "Java archives are executable content."),
        .tar: accepted([], "Archives hide their content from checks; deposit the files themselves."),
        .gzip: accepted([], "Compressed files hide their content from checks."),
        .sevenZip: discouraged(["ZIP"], "7z needs extra software."),
        .rar: discouraged(["ZIP"], "RAR is proprietary."),
        .bzip2: accepted([], "Compressed files hide their content from checks."),
        .xz: accepted([], "Compressed files hide their content from checks."),
        .zstd: accepted([], "Compressed files hide their content from checks."),
        .elf: discouraged([], "Binaries are platform-bound; deposit the source code."),
        .pe: discouraged([], "Binaries are platform-bound; deposit the source code."),
        .dosExecutable: discouraged([], "Binaries are platform-bound; deposit the source code."),
        .machO: discouraged([], "Binaries are platform-bound; deposit the source code."),
        .javaClass: discouraged([], "Compiled classes are not source; deposit the source code."),
        .unknown: discouraged([], "Unidentified content cannot be preserved reliably; document it."),
    ]
}
