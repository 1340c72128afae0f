/// Legacy Microsoft Office files (OLE2 compound files), told apart by the stream names of the
/// directory, as far as its sectors lie within the head.
enum CompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func identify(_ w: ByteWindow) -> FormatIdentity {
        let streams = directoryEntries(w)
        let names = Set(streams.map(\.name))
        if names.contains("EncryptedPackage") { return FormatIdentity(format: .officeEncrypted, puid: "fmt/494") }
        if let word = streams.first(where: { $0.name == "WordDocument" }) { return wordDocument(w, start: word.start) }
        if names.contains("Workbook") { return FormatIdentity(format: .xls, puid: "fmt/61", version: "97-2003 (BIFF8)") }
        if names.contains("Book") { return FormatIdentity(format: .xls, puid: "fmt/59", version: "5.0/95") }
        if names.contains("PowerPoint Document") { return FormatIdentity(format: .ppt, puid: names.contains("Current User") ? "fmt/126" : nil) }
        var identity = FormatIdentity(format: .ole2, puid: "fmt/111")
        if streams.isEmpty { identity.extras["directory"] = "beyond the bytes read" }
        return identity
    }

    private struct Stream { var name: String; var start: Int }

    private static func sectorSize(_ w: ByteWindow) -> Int {
        w.uint16LE(0x1E) == 12 ? 4096 : 512
    }

    private static func sectorOffset(_ sector: Int, size: Int) -> Int { (sector + 1) * size }

    /// Follows the directory chain through the FAT sectors listed in the header, within the head.
    private static func directoryEntries(_ w: ByteWindow) -> [Stream] {
        let size = sectorSize(w)
        guard var sector = w.uint32LE(0x30) else { return [] }
        var streams: [Stream] = []
        var visited = Set<Int>()
        while sector < 0xFFFF_FFFA, visited.insert(sector).inserted, visited.count < 64 {
            let base = sectorOffset(sector, size: size)
            guard base + size <= w.count else { break }
            for entry in stride(from: base, to: base + size, by: 128) {
                guard let length = w.uint16LE(entry + 0x40), length >= 2, length <= 64,
                      let units = w.slice(entry, length - 2) else { continue }
                var scalars: [UInt16] = []
                for index in stride(from: 0, to: units.count - 1, by: 2) {
                    scalars.append(UInt16(units[index]) | UInt16(units[index + 1]) << 8)
                }
                streams.append(Stream(name: String(decoding: scalars, as: UTF16.self), start: w.uint32LE(entry + 0x74) ?? 0))
            }
            guard let next = nextSector(after: sector, w, size: size) else { break }
            sector = next
        }
        return streams
    }

    private static func nextSector(after sector: Int, _ w: ByteWindow, size: Int) -> Int? {
        let perSector = size / 4
        let fatIndex = sector / perSector
        guard fatIndex < 109, let fatSector = w.uint32LE(0x4C + 4 * fatIndex) else { return nil }
        return w.uint32LE(sectorOffset(fatSector, size: size) + 4 * (sector % perSector))
    }

    /// The Word file information block: `nFib` tells 97-2003 from 6.0/95, bit 8 of its flags encryption.
    private static func wordDocument(_ w: ByteWindow, start: Int) -> FormatIdentity {
        let offset = sectorOffset(start, size: sectorSize(w))
        guard w.uint16LE(offset) == 0xA5EC, let fib = w.uint16LE(offset + 2), let flags = w.uint16LE(offset + 0x0A) else {
            return FormatIdentity(format: .doc)
        }
        if fib >= 0xC1 {
            if flags & 0x0100 != 0 {
                return FormatIdentity(format: .doc, puid: "fmt/754", version: "97-2003",
                                      name: "Microsoft Word (binary, 97-2003), password protected", extras: ["encrypted": "true"])
            }
            return FormatIdentity(format: .doc, puid: "fmt/40", version: "97-2003")
        }
        if (0x65...0x69).contains(fib) { return FormatIdentity(format: .doc, puid: "fmt/39", version: "6.0/95", name: "Microsoft Word 6.0/95") }
        return FormatIdentity(format: .doc)
    }
}
