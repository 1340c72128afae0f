import FairPackBase
import Foundation

/// Checks what libarchive's streaming zip reader does not: that a zip ends with an intact
/// end-of-central-directory record, that the central directory sits where the record says,
/// and that it lists as many entries as the archive holds. A zip cut short, which `unzip`
/// cannot open, fails here.
enum ZipTail {
    /// The record's signature and least size; the most a comment can add.
    private static let endSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    private static let endSize = 22
    private static let longestComment = 0xFFFF

    /// What is wrong with the zip at `path`, or nil when its tail is sound or it is not a zip.
    /// `entriesRead` is the number of entries the streaming read found.
    static func problem(_ path: String, entriesRead: Int) -> String? {
        inspect(path, entriesRead: entriesRead).problem
    }

    /// The problem, if any, and the entry names of the central directory as stored (bytes
    /// decoded as UTF-8 without normalisation): libarchive hands names back in NFC, so these
    /// are the names an extracting tool sees.
    static func inspect(_ path: String, entriesRead: Int) -> (problem: String?, names: [String]?) {
        var names: [String] = []
        let problem = check(path, entriesRead: entriesRead, names: &names)
        return (problem, problem == nil && !names.isEmpty ? names : nil)
    }

    private static func check(_ path: String, entriesRead: Int, names: inout [String]) -> String? {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let file = try? SystemFile(reading: real) else { return nil }
        let size = file.status().size
        guard let head = try? bytes(file, at: 0, count: 4), head == [0x50, 0x4B, 0x03, 0x04] || head == endSignature else {
            return nil
        }
        let tailCount = Int(min(size, UInt64(endSize + longestComment)))
        let tailStart = size - UInt64(tailCount)
        guard let tail = try? bytes(file, at: tailStart, count: tailCount), tail.count == tailCount else {
            return "The zip could not be read to its end."
        }
        guard let at = endRecord(in: tail) else {
            return "The zip has no end-of-central-directory record where it should end: it is truncated or damaged."
        }
        let recordOffset = tailStart + UInt64(at)
        var total = UInt64(u16(tail, at + 10))
        var directorySize = UInt64(u32(tail, at + 12))
        var directoryOffset = UInt64(u32(tail, at + 16))
        var directoryEnd = recordOffset
        if total == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard recordOffset >= 20, let locator = try? bytes(file, at: recordOffset - 20, count: 20),
                  locator.count == 20, Array(locator[0..<4]) == [0x50, 0x4B, 0x06, 0x07] else {
                return "The zip's ZIP64 locator is missing: it is truncated or damaged."
            }
            let zip64Offset = u64(locator, 8)
            guard let record = try? bytes(file, at: zip64Offset, count: 56), record.count == 56,
                  Array(record[0..<4]) == [0x50, 0x4B, 0x06, 0x06] else {
                return "The zip's ZIP64 end-of-central-directory record is missing: it is truncated or damaged."
            }
            total = u64(record, 32)
            directorySize = u64(record, 40)
            directoryOffset = u64(record, 48)
            directoryEnd = zip64Offset
        }
        guard directoryOffset.addingReportingOverflow(directorySize) == (directoryEnd, false) else {
            return "The zip's central directory is not where its end record says (\(directoryOffset) + \(directorySize) bytes, record at \(directoryEnd)): it is truncated or damaged."
        }
        guard let listed = countEntries(file, from: directoryOffset, size: directorySize, names: &names) else {
            return "The zip's central directory is damaged."
        }
        if listed != total {
            return "The zip's end record announces \(total) entries but its central directory lists \(listed)."
        }
        if listed != UInt64(entriesRead) {
            return "The zip's central directory lists \(listed) entries but the archive holds \(entriesRead)."
        }
        return nil
    }

    /// The position of the end record in `tail`: the last signature whose comment ends the file.
    private static func endRecord(in tail: [UInt8]) -> Int? {
        var index = tail.count - endSize
        while index >= 0 {
            if tail[index] == 0x50, tail[index + 1] == 0x4B, tail[index + 2] == 0x05, tail[index + 3] == 0x06,
               index + endSize + Int(u16(tail, index + 20)) == tail.count {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// The number of headers in the central directory, or nil when one is malformed.
    private static func countEntries(_ file: borrowing SystemFile, from offset: UInt64, size: UInt64,
                                     names: inout [String]) -> UInt64? {
        var position = offset
        let end = offset + size
        var count: UInt64 = 0
        while position < end {
            guard end - position >= 46, let header = try? bytes(file, at: position, count: 46), header.count == 46,
                  Array(header[0..<4]) == [0x50, 0x4B, 0x01, 0x02] else { return nil }
            let nameLength = Int(u16(header, 28))
            if let name = try? bytes(file, at: position + 46, count: nameLength), name.count == nameLength {
                names.append(String(decoding: name, as: UTF8.self))
            }
            position += 46 + UInt64(nameLength) + UInt64(u16(header, 30)) + UInt64(u16(header, 32))
            count += 1
        }
        return position == end ? count : nil
    }

    private static func bytes(_ file: borrowing SystemFile, at offset: UInt64, count: Int) throws(SystemError) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 8)
        defer { buffer.deallocate() }
        let read = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]), at: offset)
        return Array(UnsafeRawBufferPointer(rebasing: buffer[0..<read]))
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }

    private static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
    }
}
