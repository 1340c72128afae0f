import Foundation
@testable import FairPackFormats

/// Fixtures shipped beside the tests, and small real-shaped files built in memory.
enum Samples {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// Identifies a whole file through the streaming identifier, cut in chunks of `chunkSize`.
    static func identify(_ bytes: [UInt8], name: String? = nil, chunkSize: Int = 4096,
                         headLimit: Int = FormatIdentifier.defaultHeadLimit) -> FormatIdentity {
        var identifier = FormatIdentifier(fileName: name, headLimit: headLimit)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunkSize)
            let more = bytes[offset..<end].withUnsafeBytes { identifier.consume($0) }
            offset = end
            if !more { break }
        }
        return identifier.result(fileSize: bytes.count)
    }

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func bigEndian32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func littleEndian16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }

    static func littleEndian32(_ value: Int) -> [UInt8] { littleEndian16(value & 0xFFFF) + littleEndian16(value >> 16) }

    /// A PNG with the given ancillary chunks before its image data (CRCs are not checked by identification).
    static func png(chunks: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) {
            bytes += bigEndian32(UInt32(data.count)) + ascii(type) + data + [0, 0, 0, 0]
        }
        chunk("IHDR", bigEndian32(1) + bigEndian32(1) + [8, 2, 0, 0, 0])
        for type in chunks { chunk(type, [UInt8](repeating: 0x41, count: 12)) }
        chunk("IDAT", [0x78, 0x9C, 0x63, 0, 0, 0, 1, 0, 1])
        chunk("IEND", [])
        return bytes
    }

    /// An OLE2 compound file of 512-byte sectors: header, one FAT sector, one directory sector
    /// holding the root and `streams`, and one data sector for the first stream.
    static func compoundFile(streams: [String], firstStreamData: [UInt8] = []) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 512)
        header.replaceSubrange(0..<8, with: CompoundFile.signature)
        header.replaceSubrange(0x18..<0x1C, with: littleEndian16(0x3E) + littleEndian16(3))
        header.replaceSubrange(0x1C..<0x20, with: littleEndian16(0xFFFE) + littleEndian16(9))
        header.replaceSubrange(0x20..<0x22, with: littleEndian16(6))
        header.replaceSubrange(0x2C..<0x30, with: littleEndian32(1))
        header.replaceSubrange(0x30..<0x34, with: littleEndian32(1))
        for slot in 0..<109 {
            header.replaceSubrange((0x4C + 4 * slot)..<(0x50 + 4 * slot), with: littleEndian32(slot == 0 ? 0 : -1 & 0xFFFF_FFFF))
        }
        var fat = [UInt8](repeating: 0xFF, count: 512)
        fat.replaceSubrange(0..<4, with: littleEndian32(0xFFFF_FFFD))
        fat.replaceSubrange(4..<8, with: littleEndian32(0xFFFF_FFFE))
        fat.replaceSubrange(8..<12, with: littleEndian32(0xFFFF_FFFE))
        var directory = [UInt8](repeating: 0, count: 512)
        for (index, name) in (["Root Entry"] + streams).prefix(4).enumerated() {
            let base = index * 128
            let units: [UInt8] = name.utf16.flatMap { littleEndian16(Int($0)) } + [0, 0]
            directory.replaceSubrange(base..<(base + units.count), with: units)
            directory.replaceSubrange((base + 0x40)..<(base + 0x42), with: littleEndian16(units.count))
            directory[base + 0x42] = index == 0 ? 5 : 2
            directory.replaceSubrange((base + 0x74)..<(base + 0x78), with: littleEndian32(index == 1 ? 2 : 0))
        }
        var data = firstStreamData + [UInt8](repeating: 0, count: max(0, 512 - firstStreamData.count))
        data = Array(data.prefix(512))
        return header + fat + directory + data
    }
}
