import Testing
@testable import FairPackFormats

/// A file built in memory and what identification must say about it.
struct SignatureCase: Sendable, CustomTestStringConvertible {
    let label: String
    let bytes: [UInt8]
    let format: FileFormat
    let puid: String?
    var testDescription: String { label }
}

@Suite struct BinarySignatureTests {
    static let frame: [UInt8] = [0xFF, 0xFB, 0x90, 0x64] + [UInt8](repeating: 0, count: 413)

    static let cases: [SignatureCase] = [
        .init(label: "PDF 1.7", bytes: Samples.ascii("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<<>>\nendobj\n"), format: .pdf, puid: "fmt/276"),
        .init(label: "PDF 1.4 after junk", bytes: Samples.ascii("garbage\n%PDF-1.4\n"), format: .pdf, puid: "fmt/18"),
        .init(label: "PDF 2.0", bytes: Samples.ascii("%PDF-2.0\n"), format: .pdf, puid: "fmt/1129"),
        .init(label: "PNG without extra chunks is 1.0", bytes: Samples.png(chunks: []), format: .png, puid: "fmt/11"),
        .init(label: "PNG with sRGB is 1.1", bytes: Samples.png(chunks: ["sRGB"]), format: .png, puid: "fmt/12"),
        .init(label: "PNG with iTXt is 1.2", bytes: Samples.png(chunks: ["iTXt", "sRGB"]), format: .png, puid: "fmt/13"),
        .init(label: "JPEG JFIF 1.01", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Samples.ascii("JFIF\0") + [1, 1, 0, 0, 1, 0, 1, 0, 0],
              format: .jpeg, puid: "fmt/43"),
        .init(label: "JPEG JFIF 1.02", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Samples.ascii("JFIF\0") + [1, 2, 0, 0, 1, 0, 1, 0, 0],
              format: .jpeg, puid: "fmt/44"),
        .init(label: "JPEG Exif without version has no id", bytes: [0xFF, 0xD8, 0xFF, 0xE1, 0, 16] + Samples.ascii("Exif\0\0MM"), format: .jpeg, puid: nil),
        .init(label: "JPEG Exif 2.21 (little-endian IFD)", bytes: [0xFF, 0xD8, 0xFF, 0xE1, 0, 40] + Samples.ascii("Exif\0\0II*\0")
              + [8, 0, 0, 0, 1, 0, 0x00, 0x90, 0x07, 0x00, 0x04, 0x00, 0x00, 0x00] + Samples.ascii("0221") + [0, 0, 0, 0],
              format: .jpeg, puid: "fmt/645"),
        .init(label: "JPEG Exif 2.32 (big-endian IFD)", bytes: [0xFF, 0xD8, 0xFF, 0xE1, 0, 40] + Samples.ascii("Exif\0\0MM\0*")
              + [0, 0, 0, 8, 0, 1, 0x90, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x04] + Samples.ascii("0232") + [0, 0, 0, 0],
              format: .jpeg, puid: "fmt/1507"),
        .init(label: "Raw JPEG stream", bytes: [0xFF, 0xD8, 0xFF, 0xDB, 0, 67, 0], format: .jpeg, puid: "fmt/41"),
        .init(label: "AIFF", bytes: Samples.ascii("FORM") + [0, 0, 0, 40] + Samples.ascii("AIFFCOMM"), format: .aiff, puid: "fmt/414"),
        .init(label: "NumPy array", bytes: [0x93] + Samples.ascii("NUMPY") + [1, 0, 118, 0] + Samples.ascii("{'descr': '<f8'"),
              format: .numpy, puid: nil),
        .init(label: "Windows icon", bytes: [0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0x68, 4, 0, 0, 22, 0, 0, 0],
              format: .icon, puid: "x-fmt/418"),
        .init(label: "PostScript 3.0", bytes: Samples.ascii("%!PS-Adobe-3.0\n%%Title: plot\n"), format: .postscript, puid: "x-fmt/408"),
        .init(label: "Encapsulated PostScript 3.0", bytes: Samples.ascii("%!PS-Adobe-3.0 EPSF-3.0\n"), format: .postscript, puid: "fmt/124"),
        .init(label: "AVI", bytes: Samples.ascii("RIFF") + [0, 1, 0, 0] + Samples.ascii("AVI LIST"), format: .avi, puid: "fmt/5"),
        .init(label: "HEIF", bytes: [0, 0, 0, 0x18] + Samples.ascii("ftypheic") + [0, 0, 0, 0], format: .heif, puid: "fmt/1101"),
        .init(label: "Java class", bytes: [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61], format: .javaClass, puid: "x-fmt/415"),
        .init(label: "GIF89a", bytes: Samples.ascii("GIF89a") + [1, 0, 1, 0, 0, 0, 0], format: .gif, puid: "fmt/4"),
        .init(label: "GIF87a", bytes: Samples.ascii("GIF87a") + [1, 0, 1, 0, 0, 0, 0], format: .gif, puid: "fmt/3"),
        .init(label: "TIFF little-endian", bytes: [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 0, 0], format: .tiff, puid: "fmt/353"),
        .init(label: "TIFF big-endian", bytes: [0x4D, 0x4D, 0, 0x2A, 0, 0, 0, 8, 0, 0], format: .tiff, puid: "fmt/353"),
        .init(label: "JP2", bytes: [0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A, 0, 0, 0, 0x14]
              + Samples.ascii("ftypjp2 "), format: .jpeg2000, puid: "x-fmt/392"),
        .init(label: "WebP lossless", bytes: Samples.ascii("RIFF") + [0x20, 0, 0, 0] + Samples.ascii("WEBPVP8L"), format: .webp, puid: "fmt/567"),
        .init(label: "FLAC", bytes: Samples.ascii("fLaC") + [0, 0, 0, 34], format: .flac, puid: "fmt/279"),
        .init(label: "MP3 with ID3", bytes: Samples.ascii("ID3") + [3, 0, 0, 0, 0, 0, 0], format: .mp3, puid: "fmt/134"),
        .init(label: "MP3 frame sync, two frames", bytes: frame + frame, format: .mp3, puid: "fmt/134"),
        .init(label: "Ogg Opus", bytes: Samples.ascii("OggS") + [0, 2] + [UInt8](repeating: 0, count: 20) + [1, 19]
              + Samples.ascii("OpusHead"), format: .ogg, puid: "fmt/946"),
        .init(label: "MP4 isom", bytes: [0, 0, 0, 0x18] + Samples.ascii("ftypisom") + [0, 0, 2, 0], format: .mp4, puid: "fmt/199"),
        .init(label: "QuickTime brand", bytes: [0, 0, 0, 0x14] + Samples.ascii("ftypqt  ") + [0, 0, 2, 0], format: .quickTime, puid: "x-fmt/384"),
        .init(label: "M4A brand", bytes: [0, 0, 0, 0x18] + Samples.ascii("ftypM4A ") + [0, 0, 2, 0], format: .m4a, puid: "fmt/199"),
        .init(label: "WebM", bytes: [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 1, 0x42, 0x82, 0x84] + Samples.ascii("webm"),
              format: .webm, puid: "fmt/573"),
        .init(label: "Matroska", bytes: [0x1A, 0x45, 0xDF, 0xA3, 0xA3, 0x42, 0x82, 0x88] + Samples.ascii("matroska"),
              format: .matroska, puid: "fmt/569"),
        .init(label: "7z", bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], format: .sevenZip, puid: "fmt/484"),
        .init(label: "RAR 5", bytes: [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00], format: .rar, puid: "fmt/613"),
        .init(label: "bzip2", bytes: Samples.ascii("BZh9") + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], format: .bzip2, puid: "x-fmt/268"),
        .init(label: "xz", bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0, 4], format: .xz, puid: "fmt/1098"),
        .init(label: "zstd has no id", bytes: [0x28, 0xB5, 0x2F, 0xFD, 0x24, 0], format: .zstd, puid: nil),
        .init(label: "ELF 64-bit little-endian", bytes: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56),
              format: .elf, puid: "fmt/690"),
        .init(label: "Mach-O 64-bit", bytes: [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], format: .machO, puid: "fmt/693"),
        .init(label: "SQLite GeoPackage", bytes: Samples.ascii("SQLite format 3\0") + [UInt8](repeating: 0, count: 52)
              + Samples.ascii("GPKG") + [UInt8](repeating: 0, count: 28), format: .geoPackage, puid: "fmt/1700"),
        .init(label: "netCDF classic", bytes: Samples.ascii("CDF") + [1, 0, 0, 0, 0], format: .netCDF, puid: "fmt/282"),
        .init(label: "HDF5 superblock 0", bytes: [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], format: .hdf5, puid: "fmt/807"),
        .init(label: "HDF5 superblock 2", bytes: [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A, 2, 8], format: .hdf5, puid: "fmt/287"),
        .init(label: "SPSS", bytes: Samples.ascii("$FL2@(#) SPSS DATA FILE"), format: .spss, puid: "fmt/638"),
        .init(label: "Stata 118", bytes: Samples.ascii("<stata_dta><header><release>118</release>"), format: .stata, puid: "fmt/1037"),
        .init(label: "Stata 114", bytes: [114, 2, 1, 0, 3, 0, 5, 0], format: .stata, puid: "fmt/1034"),
        .init(label: "SAS data set", bytes: [UInt8](repeating: 0, count: 12) + [0xC2, 0xEA, 0x81, 0x60, 0xB3, 0x14, 0x11, 0xCF,
              0xBD, 0x92, 0x08, 0x00, 0x09, 0xC7, 0x31, 0x8C, 0x18, 0x1F, 0x10, 0x11] + Samples.ascii("DATA    "), format: .sas, puid: nil),
        .init(label: "Uncompressed RDS", bytes: Samples.ascii("X\n") + [0, 0, 0, 3, 0, 4, 2, 0, 0, 3, 5, 0, 0, 0, 0, 5],
              format: .rds, puid: nil),
        .init(label: "Uncompressed RData", bytes: Samples.ascii("RDX2\nX\n") + [0, 0, 0, 2], format: .rData, puid: "fmt/1198"),
    ]

    @Test("Magic bytes give the format and its PRONOM id", arguments: cases)
    func signature(_ sample: SignatureCase) {
        let identity = FormatIdentification.identify(ContentSample(head: sample.bytes))
        #expect(identity.format == sample.format)
        #expect(identity.puid == sample.puid)
    }

    @Test("A shapefile and its index are told apart by their first record")
    func shapefile() {
        var header = Samples.bigEndian32(0x270A) + [UInt8](repeating: 0, count: 20) + Samples.bigEndian32(60)
        header += Samples.littleEndian32(1000) + Samples.littleEndian32(5) + [UInt8](repeating: 0, count: 64)
        let shp = FormatIdentification.identify(ContentSample(head: header + Samples.bigEndian32(1) + Samples.bigEndian32(20)))
        let shx = FormatIdentification.identify(ContentSample(head: header + Samples.bigEndian32(50) + Samples.bigEndian32(20)))
        #expect(shp.format == .shapefile && shp.puid == "x-fmt/235")
        #expect(shx.format == .shapeIndex && shx.puid == "fmt/277")
    }

    @Test("A PE executable's optional header picks 32 or 64 bit")
    func portableExecutable() {
        var bytes = [UInt8](repeating: 0, count: 256)
        bytes[0] = 0x4D; bytes[1] = 0x5A; bytes[0x3C] = 0x80
        bytes.replaceSubrange(0x80..<0x84, with: [0x50, 0x45, 0, 0])
        bytes.replaceSubrange(0x98..<0x9A, with: [0x0B, 0x02])
        let identity = FormatIdentification.identify(ContentSample(head: bytes))
        #expect(identity.format == .pe && identity.puid == "fmt/900" && identity.isExecutable)
    }

    @Test("An old v7 tar header is recognised by its checksum, and a wrong checksum is not")
    func v7Tar() throws {
        var tar = try Samples.fixture("bundle.tar")
        tar.replaceSubrange(257..<265, with: [UInt8](repeating: 0, count: 8))
        var sum = 0
        for index in 0..<512 { sum += (148..<156).contains(index) ? 0x20 : Int(tar[index]) }
        let field = Array(String(sum, radix: 8).utf8)
        let padded = [UInt8](repeating: 0x30, count: 6 - field.count) + field + [0, 0x20]
        tar.replaceSubrange(148..<156, with: padded)
        #expect(FormatIdentification.identify(ContentSample(head: tar)).format == .tar)
        tar[0] ^= 0x01
        #expect(FormatIdentification.identify(ContentSample(head: tar)).format != .tar)
    }

    @Test("Real files made by their usual tools are identified", arguments: [
        ("samples.sqlite", FileFormat.sqlite, "fmt/729"), ("tone.wav", .wav, "fmt/141"), ("bundle.tar", .tar, "x-fmt/265"),
        ("notes.txt.gz", .gzip, "x-fmt/266"),
    ])
    func realFiles(name: String, format: FileFormat, puid: String) throws {
        let identity = Samples.identify(try Samples.fixture(name), name: name)
        #expect(identity.format == format)
        #expect(identity.puid == puid)
    }

    @Test("Gzip-compressed R files are looked into: RDS and RData are told apart")
    func rFiles() throws {
        let rds = Samples.identify(try Samples.fixture("model.rds"))
        let rdata = Samples.identify(try Samples.fixture("session.RData"))
        #expect(rds.format == .rds && rds.extras["compression"] == "gzip" && !rds.isArchive)
        #expect(rdata.format == .rData && rdata.version == "3")
    }
}
