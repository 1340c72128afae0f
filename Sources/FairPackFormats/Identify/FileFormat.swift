/// A format family that identification can recognise from content; versions and PRONOM ids
/// are carried by `FormatIdentity`.
public enum FileFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case pdf, postscript, odt, ods, odp, odg, docx, docm, xlsx, xlsm, pptx, pptm, ooxml, doc, xls, ppt, ole2
    case officeEncrypted, rtf, epub
    case plainText, csv, tsv, json, jsonLD, geoJSON, jupyter, xml, html, markdown, svg, shellScript
    case sqlite, geoPackage, netCDF, hdf5, fits, matlab, numpy, rData, rds, spss, stata, sas
    case shapefile, shapeIndex, dbase
    case png, jpeg, tiff, gif, jpeg2000, webp, bmp, icon, heif, avif
    case wav, flac, mp3, ogg, mp4, m4a, quickTime, matroska, webm, aiff, avi
    case zip, jar, tar, gzip, sevenZip, rar, bzip2, xz, zstd
    case elf, pe, dosExecutable, machO, javaClass
    case unknown

    /// What kind of content the format holds, for grouping in reports and checks.
    public enum Kind: String, Sendable, Codable {
        case document, text, data, image, audio, video, archive, executable, unknown
    }

    /// The IANA (or customary `x-`) media type.
    public var mediaType: String { descriptor.mediaType }
    /// A human name without version, such as "Microsoft Word (OOXML)".
    public var name: String { descriptor.name }
    /// File-name extensions, lowercased and without dot, that agree with this content.
    public var expectedExtensions: [String] { descriptor.extensions }
    /// The kind of content.
    public var kind: Kind { descriptor.kind }

    /// Extensions of files that are plain text by nature (source code, configuration, notes);
    /// "" for names without extension such as README or Makefile.
    static let textExtensions = [
        "", "txt", "text", "asc", "log", "md", "csv", "tsv", "tab", "dat", "data", "out", "err", "rst", "org", "adoc",
        "tex", "bib", "cls", "sty", "bst", "py", "r", "rmd", "qmd", "jl", "m", "c", "h", "cc", "cpp", "hpp", "cxx",
        "f", "f90", "f95", "for", "java", "kt", "scala", "go", "rs", "swift", "js", "mjs", "ts", "css", "scss", "less",
        "sql", "sh", "bash", "zsh", "ps1", "bat", "pl", "pm", "rb", "php", "lua", "do", "ado", "sps", "sas", "stan",
        "yaml", "yml", "toml", "ini", "cfg", "conf", "properties", "env", "cmake", "mk", "gradle", "nix", "dockerfile",
        "gitignore", "gitattributes", "in", "am", "srt", "vtt", "sub", "po", "pot", "diff", "patch", "cff", "license",
        "readme", "citation", "authors", "changelog", "fasta", "fa", "fastq", "fq", "vcf", "gff", "gtf", "bed", "pdb",
        "sam", "xyz", "obj", "ply", "ascii", "list", "lst", "def", "spec", "ipynb", "htaccess", "el", "vim", "hs", "ml",
        "erl", "ex", "exs", "clj", "dart", "groovy", "prn", "nfo", "me",
    ]

    /// Extensions that some format claims; content under one of them that is not that format is a mismatch.
    static let claimedExtensions: Set<String> = {
        var names = Set<String>()
        for format in FileFormat.allCases where ![.plainText, .markdown, .shellScript].contains(format) {
            names.formUnion(format.expectedExtensions)
        }
        names.remove("")
        return names
    }()

    private var descriptor: (mediaType: String, name: String, extensions: [String], kind: Kind) {
        switch self {
        case .pdf: ("application/pdf", "PDF", ["pdf", "ai"], .document)
        case .postscript: ("application/postscript", "PostScript", ["ps", "eps", "epsf", "epsi", "ai", "pfa"], .document)
        case .odt: ("application/vnd.oasis.opendocument.text", "OpenDocument Text", ["odt", "ott"], .document)
        case .ods: ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument Spreadsheet", ["ods", "ots"], .document)
        case .odp: ("application/vnd.oasis.opendocument.presentation", "OpenDocument Presentation", ["odp", "otp"], .document)
        case .odg: ("application/vnd.oasis.opendocument.graphics", "OpenDocument Graphics", ["odg", "otg"], .document)
        case .docx: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "Microsoft Word (OOXML)", ["docx", "dotx"], .document)
        case .docm: ("application/vnd.ms-word.document.macroEnabled.12", "Microsoft Word, macro-enabled (OOXML)",
                     ["docm", "dotm"], .document)
        case .xlsx: ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "Microsoft Excel (OOXML)", ["xlsx", "xltx"], .document)
        case .xlsm: ("application/vnd.ms-excel.sheet.macroEnabled.12", "Microsoft Excel, macro-enabled (OOXML)",
                     ["xlsm", "xltm"], .document)
        case .pptx: ("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                     "Microsoft PowerPoint (OOXML)", ["pptx", "ppsx", "potx"], .document)
        case .pptm: ("application/vnd.ms-powerpoint.presentation.macroEnabled.12",
                     "Microsoft PowerPoint, macro-enabled (OOXML)", ["pptm", "ppsm", "potm"], .document)
        case .ooxml: ("application/vnd.openxmlformats-package", "Office Open XML package", ["docx", "xlsx", "pptx"], .document)
        case .doc: ("application/msword", "Microsoft Word (binary, 97-2003)", ["doc", "dot"], .document)
        case .xls: ("application/vnd.ms-excel", "Microsoft Excel (binary)", ["xls", "xlt"], .document)
        case .ppt: ("application/vnd.ms-powerpoint", "Microsoft PowerPoint (binary)", ["ppt", "pps", "pot"], .document)
        case .ole2: ("application/x-ole-storage", "OLE2 Compound File", ["msg", "msi", "doc", "xls", "ppt"], .document)
        case .officeEncrypted: ("application/x-ole-storage", "Encrypted Microsoft Office document (OOXML)",
                                ["docx", "xlsx", "pptx"], .document)
        case .rtf: ("application/rtf", "Rich Text Format", ["rtf"], .document)
        case .epub: ("application/epub+zip", "EPUB", ["epub"], .document)
        case .plainText: ("text/plain", "Plain text", FileFormat.textExtensions, .text)
        case .csv: ("text/csv", "Comma-separated values", ["csv", "txt", "tsv", "dat", "tab"], .data)
        case .tsv: ("text/tab-separated-values", "Tab-separated values", ["tsv", "tab", "txt", "csv", "dat"], .data)
        case .json: ("application/json", "JSON", ["json", "jsonl", "ndjson", "gltf", "webmanifest", "map", "har", "topojson"], .data)
        case .jsonLD: ("application/ld+json", "JSON-LD", ["jsonld", "json"], .data)
        case .geoJSON: ("application/geo+json", "GeoJSON", ["geojson", "json"], .data)
        case .jupyter: ("application/x-ipynb+json", "Jupyter Notebook", ["ipynb"], .document)
        case .xml: ("application/xml", "XML", ["xml", "xsd", "xsl", "xslt", "rdf", "tei", "gml", "kml", "owl", "gpx", "plist",
                                              "mets", "mods", "ead", "jats", "nxml", "xmi", "graphml", "pom", "xlf", "sld",
                                              "qgs", "ttml", "dita", "docbook", "opf", "ncx", "xbrl", "mei", "musicxml"], .data)
        case .html: ("text/html", "HTML", ["html", "htm", "xhtml"], .document)
        case .markdown: ("text/markdown", "Markdown", ["md", "markdown", "txt", "rmd", "qmd", "mdx", "text", ""], .text)
        case .svg: ("image/svg+xml", "Scalable Vector Graphics", ["svg"], .image)
        case .shellScript: ("text/x-shellscript", "Script", FileFormat.textExtensions, .executable)
        case .sqlite: ("application/vnd.sqlite3", "SQLite 3 database", ["sqlite", "sqlite3", "db", "db3"], .data)
        case .geoPackage: ("application/geopackage+sqlite3", "OGC GeoPackage", ["gpkg"], .data)
        case .netCDF: ("application/x-netcdf", "netCDF-3", ["nc", "cdf", "netcdf"], .data)
        case .hdf5: ("application/x-hdf5", "HDF5", ["h5", "hdf5", "hdf", "he5", "nc", "nc4", "mat"], .data)
        case .fits: ("application/fits", "FITS", ["fits", "fit", "fts"], .data)
        case .matlab: ("application/x-matlab-data", "MATLAB MAT-file", ["mat"], .data)
        case .numpy: ("application/x-npy", "NumPy array", ["npy"], .data)
        case .rData: ("application/x-rdata", "R workspace (RData)", ["rdata", "rda"], .data)
        case .rds: ("application/x-rds", "R serialized object (RDS)", ["rds"], .data)
        case .spss: ("application/x-spss-sav", "SPSS system data file", ["sav", "zsav"], .data)
        case .stata: ("application/x-stata-dta", "Stata data file", ["dta"], .data)
        case .sas: ("application/x-sas-data", "SAS data set", ["sas7bdat", "sas7bcat"], .data)
        case .shapefile: ("application/x-shapefile", "ESRI Shapefile", ["shp"], .data)
        case .shapeIndex: ("application/x-shapefile-index", "ESRI Shapefile index", ["shx"], .data)
        case .dbase: ("application/x-dbf", "dBASE table", ["dbf"], .data)
        case .png: ("image/png", "PNG", ["png"], .image)
        case .jpeg: ("image/jpeg", "JPEG", ["jpg", "jpeg", "jpe", "jfif"], .image)
        case .tiff: ("image/tiff", "TIFF", ["tif", "tiff"], .image)
        case .gif: ("image/gif", "GIF", ["gif"], .image)
        case .jpeg2000: ("image/jp2", "JPEG 2000", ["jp2", "jpx", "j2k", "jpf", "jpg2"], .image)
        case .webp: ("image/webp", "WebP", ["webp"], .image)
        case .bmp: ("image/bmp", "Windows Bitmap", ["bmp", "dib"], .image)
        case .icon: ("image/vnd.microsoft.icon", "Windows icon", ["ico", "cur"], .image)
        case .heif: ("image/heif", "HEIF image", ["heic", "heif", "hif"], .image)
        case .avif: ("image/avif", "AVIF image", ["avif"], .image)
        case .avi: ("video/x-msvideo", "AVI", ["avi"], .video)
        case .wav: ("audio/wav", "WAVE audio", ["wav", "wave", "bwf"], .audio)
        case .flac: ("audio/flac", "FLAC", ["flac"], .audio)
        case .mp3: ("audio/mpeg", "MP3", ["mp3"], .audio)
        case .ogg: ("audio/ogg", "Ogg", ["ogg", "oga", "ogv", "opus", "spx"], .audio)
        case .mp4: ("video/mp4", "MPEG-4", ["mp4", "m4v", "m4a"], .video)
        case .m4a: ("audio/mp4", "MPEG-4 audio", ["m4a", "m4b", "mp4"], .audio)
        case .quickTime: ("video/quicktime", "QuickTime", ["mov", "qt"], .video)
        case .matroska: ("video/x-matroska", "Matroska", ["mkv", "mka", "mk3d"], .video)
        case .webm: ("video/webm", "WebM", ["webm"], .video)
        case .aiff: ("audio/aiff", "AIFF audio", ["aif", "aiff", "aifc"], .audio)
        case .zip: ("application/zip", "ZIP", ["zip", "whl", "egg", "nupkg", "kmz", "xpi", "apk", "mpk", "qgz", "jmod", "npz"], .archive)
        case .jar: ("application/java-archive", "Java archive", ["jar", "war", "ear"], .archive)
        case .tar: ("application/x-tar", "TAR", ["tar"], .archive)
        case .gzip: ("application/gzip", "GZIP", ["gz", "tgz", "gzip"], .archive)
        case .sevenZip: ("application/x-7z-compressed", "7-Zip", ["7z"], .archive)
        case .rar: ("application/vnd.rar", "RAR", ["rar"], .archive)
        case .bzip2: ("application/x-bzip2", "bzip2", ["bz2", "tbz2", "tbz"], .archive)
        case .xz: ("application/x-xz", "xz", ["xz", "txz"], .archive)
        case .zstd: ("application/zstd", "Zstandard", ["zst", "tzst"], .archive)
        case .elf: ("application/x-executable", "ELF executable", ["", "so", "o", "elf", "bin"], .executable)
        case .pe: ("application/vnd.microsoft.portable-executable", "Windows executable", ["exe", "dll", "sys"], .executable)
        case .dosExecutable: ("application/x-dosexec", "MS-DOS executable", ["exe", "com"], .executable)
        case .machO: ("application/x-mach-binary", "Mach-O executable", ["", "dylib", "bundle", "o"], .executable)
        case .javaClass: ("application/java-vm", "Java class file", ["class"], .executable)
        case .unknown: ("application/octet-stream", "Unknown format", [], .unknown)
        }
    }
}
