/// Research data files, archives and executables, from their magic bytes and first structures.
enum DataSignatures {
    static func identify(_ w: ByteWindow) -> FormatIdentity? {
        if w.has("SQLite format 3\0") {
            if let app = w.slice(68, 4), ["GPKG", "GP10", "GP11"].contains(String(decoding: app, as: UTF8.self)) {
                return FormatIdentity(format: .geoPackage, puid: "fmt/1700")
            }
            return FormatIdentity(format: .sqlite, puid: "fmt/729")
        }
        if w.has("CDF"), let variant = w.byte(3) {
            switch variant {
            case 1: return FormatIdentity(format: .netCDF, puid: "fmt/282", version: "classic", name: "netCDF-3 classic")
            case 2: return FormatIdentity(format: .netCDF, puid: "fmt/283", version: "64-bit offset", name: "netCDF-3 64-bit offset")
            case 5: return FormatIdentity(format: .netCDF, version: "CDF-5", name: "netCDF CDF-5")
            default: break
            }
        }
        if let hdf5 = hdf5(w) { return hdf5 }
        if w.has([0x93] + Array("NUMPY".utf8)), let major = w.byte(6) {
            return FormatIdentity(format: .numpy, version: "\(major).\(w.byte(7) ?? 0)")
        }
        if w.has("SIMPLE  =") { return FormatIdentity(format: .fits, puid: "x-fmt/383") }
        if w.has("MATLAB 5.0 MAT-file") { return FormatIdentity(format: .matlab, puid: "fmt/806", version: "5") }
        if w.has("$FL2") { return FormatIdentity(format: .spss, puid: w.has("$FL2@(#)") ? "fmt/638" : nil) }
        if w.has("$FL3") { return FormatIdentity(format: .spss, name: "SPSS compressed data file (zsav)") }
        if let stata = stata(w) { return stata }
        if w.has([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xC2, 0xEA, 0x81, 0x60, 0xB3, 0x14, 0x11, 0xCF,
                  0xBD, 0x92, 0x08, 0x00, 0x09, 0xC7, 0x31, 0x8C, 0x18, 0x1F, 0x10, 0x11]) {
            let catalog = w.contains("CATALOG ", in: 0..<1024)
            return FormatIdentity(format: .sas, name: catalog ? "SAS catalog" : "SAS data set")
        }
        if w.has("RDX2\nX\n") || w.has("RDX3\nX\n") {
            return FormatIdentity(format: .rData, puid: w.has("RDX2") ? "fmt/1198" : nil, version: w.has("RDX2") ? "2" : "3")
        }
        if w.has("RDA2\nA\n") || w.has("RDA3\nA\n") {
            return FormatIdentity(format: .rData, puid: w.has("RDA2") ? "fmt/1199" : nil, name: "R workspace (RData, ASCII)")
        }
        if w.has("X\n"), let version = w.uint32BE(2), (2...3).contains(version), w.count >= 14 {
            return FormatIdentity(format: .rds, version: String(version))
        }
        if w.has([0x00, 0x00, 0x27, 0x0A]), w.uint32LE(28) == 1000 {
            if w.uint32BE(100) == 50 { return FormatIdentity(format: .shapeIndex, puid: "fmt/277") }
            return FormatIdentity(format: .shapefile, puid: "x-fmt/235")
        }
        return archive(w) ?? executable(w) ?? dbase(w)
    }

    private static func archive(_ w: ByteWindow) -> FormatIdentity? {
        if w.has([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return FormatIdentity(format: .sevenZip, puid: "fmt/484") }
        if w.has([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00]) {
            return FormatIdentity(format: .rar, puid: "fmt/613", version: "5")
        }
        if w.has([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00]) { return FormatIdentity(format: .rar, version: "1.5-4") }
        if w.has("BZh"), let level = w.byte(3), (0x31...0x39).contains(level),
           w.has([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) || w.has([0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4) {
            return FormatIdentity(format: .bzip2, puid: "x-fmt/268")
        }
        if w.has([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return FormatIdentity(format: .xz, puid: "fmt/1098") }
        if w.has([0x28, 0xB5, 0x2F, 0xFD]) { return FormatIdentity(format: .zstd) }
        if TarHeader.isTar(w) { return FormatIdentity(format: .tar, puid: "x-fmt/265") }
        return nil
    }

    private static func executable(_ w: ByteWindow) -> FormatIdentity? {
        if w.has([0x7F, 0x45, 0x4C, 0x46]), let elfClass = w.byte(4), let data = w.byte(5),
           (1...2).contains(elfClass), (1...2).contains(data) {
            let ids = ["11": "fmt/688", "12": "fmt/689", "21": "fmt/690", "22": "fmt/691"]
            let bits = elfClass == 1 ? "32-bit" : "64-bit"
            return FormatIdentity(format: .elf, puid: ids["\(elfClass)\(data)"], version: bits,
                                  name: "ELF \(bits) \(data == 1 ? "little-endian" : "big-endian")")
        }
        if w.has("MZ") {
            if let peOffset = w.uint32LE(0x3C), w.has([0x50, 0x45, 0, 0], at: peOffset) {
                switch w.uint16LE(peOffset + 24) {
                case 0x10B: return FormatIdentity(format: .pe, puid: "fmt/899", version: "32-bit")
                case 0x20B: return FormatIdentity(format: .pe, puid: "fmt/900", version: "64-bit")
                default: return FormatIdentity(format: .pe, puid: "x-fmt/411")
                }
            }
            if w.count >= 64, let pages = w.uint16LE(4), pages > 0 { return FormatIdentity(format: .dosExecutable) }
        }
        let machO32: [[UInt8]] = [[0xFE, 0xED, 0xFA, 0xCE], [0xCE, 0xFA, 0xED, 0xFE]]
        let machO64: [[UInt8]] = [[0xFE, 0xED, 0xFA, 0xCF], [0xCF, 0xFA, 0xED, 0xFE]]
        if machO32.contains(where: { w.has($0) }) { return FormatIdentity(format: .machO, puid: "fmt/692", version: "32-bit") }
        if machO64.contains(where: { w.has($0) }) { return FormatIdentity(format: .machO, puid: "fmt/693", version: "64-bit") }
        if w.has([0xCA, 0xFE, 0xBA, 0xBE]), let second = w.uint32BE(4) {
            // Universal Mach-O binaries count their architectures here; Java classes store a version >= 45.
            if second > 0 && second < 30 { return FormatIdentity(format: .machO, name: "Mach-O universal binary") }
            if let major = w.uint16BE(6), major >= 45 { return FormatIdentity(format: .javaClass, puid: "x-fmt/415") }
        }
        return nil
    }

    /// HDF5 signatures may follow a user block of 512, 1024, 2048… bytes; the superblock version picks the id.
    private static func hdf5(_ w: ByteWindow) -> FormatIdentity? {
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        var offset = 0
        while offset + 8 <= w.count {
            if w.has(signature, at: offset) {
                let version = w.byte(offset + 8).map(Int.init)
                let ids = [0: "fmt/807", 1: "fmt/286", 2: "fmt/287"]
                if offset == 512, w.has("MATLAB 7.3 MAT-file") {
                    return FormatIdentity(format: .matlab, puid: "fmt/828", version: "7.3")
                }
                return FormatIdentity(format: .hdf5, puid: offset == 0 ? version.flatMap { ids[$0] } : nil,
                                      name: "HDF5", extras: version.map { ["superblock": String($0)] } ?? [:])
            }
            offset = offset == 0 ? 512 : offset * 2
        }
        return nil
    }

    /// Stata: XML-like header from release 117 on, else a 4-byte binary header.
    private static func stata(_ w: ByteWindow) -> FormatIdentity? {
        if w.has("<stata_dta><header><release>") {
            let release = w.ascii(28, 3)
            let ids = ["117": "fmt/1036", "118": "fmt/1037"]
            return FormatIdentity(format: .stata, puid: ids[release], version: release)
        }
        guard let release = w.byte(0), let order = w.byte(1), w.byte(2) == 1, w.byte(3) == 0,
              (1...2).contains(order) else { return nil }
        let ids: [UInt8: String] = [104: "fmt/1029", 105: "fmt/1030", 110: "fmt/1031", 111: "fmt/1032",
                                    113: "fmt/1033", 114: "fmt/1034", 115: "fmt/1035"]
        guard let id = ids[release] else { return nil }
        return FormatIdentity(format: .stata, puid: id, version: String(release))
    }

    /// dBASE tables have no magic; the header must be consistent with itself and with its terminator.
    private static func dbase(_ w: ByteWindow) -> FormatIdentity? {
        guard let kind = w.byte(0), [0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5, 0xFB].contains(kind),
              let month = w.byte(2), let day = w.byte(3), (1...12).contains(month), (1...31).contains(day),
              let headerLength = w.uint16LE(8), let recordLength = w.uint16LE(10),
              headerLength >= 65, recordLength >= 1, (headerLength - 1) % 32 == 0 || kind == 0x30 || kind == 0x31,
              w.byte(headerLength - 1) == 0x0D || (kind >= 0x30 && kind <= 0x32) else { return nil }
        return FormatIdentity(format: .dbase)
    }
}

/// A tar header: POSIX/GNU `ustar` magic at 257, or an old v7 header whose checksum adds up.
enum TarHeader {
    static func isTar(_ w: ByteWindow) -> Bool {
        guard w.count >= 512 else { return false }
        if w.has("ustar", at: 257) { return true }
        guard let first = w.byte(0), first != 0, checksumMatches(w) else { return false }
        return true
    }

    private static func checksumMatches(_ w: ByteWindow) -> Bool {
        let field = w.ascii(148, 8).trimmingCharacters(in: " ")
        guard !field.isEmpty, let stored = Int(field, radix: 8) else { return false }
        var sum = 0
        for index in 0..<512 { sum += (148..<156).contains(index) ? 0x20 : Int(w.bytes[index]) }
        return sum == stored
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
