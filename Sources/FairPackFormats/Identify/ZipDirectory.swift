/// The entries of a zip file that can be seen in a bounded head (local headers, in file order)
/// and tail (the central directory, when it fits in the tail).
struct ZipDirectory: Sendable {
    /// One entry as far as identification needs it.
    struct Entry: Sendable {
        var name: String
        var isEncrypted: Bool
        var method: Int
        /// Offset of the compressed data in the head, when the local header was read there.
        var dataOffset: Int?
        var compressedSize: Int
        /// Offset of the local header in the file, from the central directory.
        var localHeaderOffset: Int?
    }

    /// Entries in local-header order, as read from the head.
    private(set) var localEntries: [Entry] = []
    /// Entries from the central directory, when it lies within the tail.
    private(set) var centralEntries: [Entry] = []

    /// All entry names seen, local first, without duplicates.
    var names: [String] {
        var seen = Set<String>()
        return (localEntries + centralEntries).map(\.name).filter { seen.insert($0).inserted }
    }

    var anyEncrypted: Bool { (localEntries + centralEntries).contains(where: \.isEncrypted) }

    private let head: ByteWindow
    private let tail: ByteWindow
    private let tailOffset: Int

    init(head: ByteWindow, tail: ByteWindow, fileSize: Int) {
        self.head = head
        self.tail = tail
        tailOffset = fileSize - tail.count
        readLocalHeaders(head)
        readCentralDirectory(tail, tailOffset: fileSize - tail.count)
    }

    private mutating func readLocalHeaders(_ w: ByteWindow) {
        var offset = 0
        while localEntries.count < 4096, w.has([0x50, 0x4B, 0x03, 0x04], at: offset),
              let flags = w.uint16LE(offset + 6), let method = w.uint16LE(offset + 8),
              let compressed = w.uint32LE(offset + 18), let nameLength = w.uint16LE(offset + 26),
              let extraLength = w.uint16LE(offset + 28) {
            let nameBytes = w.slice(offset + 30, nameLength) ?? []
            let dataOffset = offset + 30 + nameLength + extraLength
            localEntries.append(Entry(name: String(decoding: nameBytes, as: UTF8.self), isEncrypted: flags & 1 != 0,
                                      method: method, dataOffset: dataOffset, compressedSize: compressed))
            // With a data descriptor (bit 3) the size is often unknown here: the walk stops.
            if flags & 0x08 != 0 && compressed == 0 { break }
            if compressed == 0xFFFF_FFFF { break }
            offset = dataOffset + compressed
            if flags & 0x08 != 0 {
                offset += w.has([0x50, 0x4B, 0x07, 0x08], at: offset) ? 16 : 12
            }
        }
    }

    private mutating func readCentralDirectory(_ w: ByteWindow, tailOffset: Int) {
        guard w.count >= 22 else { return }
        var end = w.count - 22
        let lowest = max(0, w.count - 22 - 65_535)
        while end >= lowest, !w.has([0x50, 0x4B, 0x05, 0x06], at: end) { end -= 1 }
        guard end >= lowest, var count = w.uint16LE(end + 10), var start = w.uint32LE(end + 16) else { return }
        if (start == 0xFFFF_FFFF || count == 0xFFFF), w.has([0x50, 0x4B, 0x06, 0x07], at: end - 20),
           let zip64End = w.uint64LE(end - 12) {
            let local = Int(truncatingIfNeeded: zip64End) - tailOffset
            if w.has([0x50, 0x4B, 0x06, 0x06], at: local), let total = w.uint64LE(local + 32),
               let offset = w.uint64LE(local + 48) {
                count = Int(min(total, 1 << 20))
                start = Int(min(offset, 1 << 62))
            }
        }
        var offset = start - tailOffset
        var read = 0
        while read < count, read < 65_536, w.has([0x50, 0x4B, 0x01, 0x02], at: offset),
              let flags = w.uint16LE(offset + 8), let method = w.uint16LE(offset + 10),
              let compressed = w.uint32LE(offset + 20), let nameLength = w.uint16LE(offset + 28),
              let extraLength = w.uint16LE(offset + 30), let commentLength = w.uint16LE(offset + 32) {
            let nameBytes = w.slice(offset + 46, nameLength) ?? []
            centralEntries.append(Entry(name: String(decoding: nameBytes, as: UTF8.self), isEncrypted: flags & 1 != 0,
                                        method: method, dataOffset: nil, compressedSize: compressed,
                                        localHeaderOffset: w.uint32LE(offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
            read += 1
        }
    }

    /// Up to `limit` bytes of an entry's uncompressed content, when its data starts in the head,
    /// or in the tail as located by the central directory.
    func prefix(of name: String, limit: Int = 8192) -> [UInt8]? {
        if let entry = localEntries.first(where: { $0.name == name }), let start = entry.dataOffset {
            return content(entry, at: start, in: head, limit: limit)
        }
        guard let entry = centralEntries.first(where: { $0.name == name }), let header = entry.localHeaderOffset else { return nil }
        let local = header - tailOffset
        guard tail.has([0x50, 0x4B, 0x03, 0x04], at: local), let nameLength = tail.uint16LE(local + 26),
              let extraLength = tail.uint16LE(local + 28) else { return nil }
        return content(entry, at: local + 30 + nameLength + extraLength, in: tail, limit: limit)
    }

    private func content(_ entry: Entry, at start: Int, in w: ByteWindow, limit: Int) -> [UInt8]? {
        guard !entry.isEncrypted, start < w.count else { return nil }
        let available = min(w.count - start, entry.compressedSize == 0 ? w.count - start : entry.compressedSize)
        guard available > 0, let data = w.slice(start, available) else { return nil }
        switch entry.method {
        case 0: return Array(data.prefix(limit))
        case 8: return FlateInflater.inflatePrefix(data[...], wrapping: .raw, limit: limit)
        default: return nil
        }
    }
}
