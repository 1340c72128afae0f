import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Finds XMP packets in raw bytes fed one at a time: from `<?xpacket begin` or `<x:xmpmeta`
/// to `</x:xmpmeta>` or `<?xpacket end`, whichever comes first.
///
/// It reads the bytes as they are in the file, so it sees only packets stored uncompressed.
/// PDF writers normally leave the metadata stream uncompressed so that tools that do not
/// understand PDF can find it; a compressed one is simply not seen. A packet keeps at most
/// ``packetLimit`` bytes; the rest is read, not kept, until the packet's end.
struct XMPPacketScanner {
    /// The most bytes of one packet that are kept.
    static let packetLimit = 64 * 1024

    /// What a byte completed.
    enum Event {
        /// The start of a packet.
        case started
        /// The end of a packet, with its (possibly capped) bytes.
        case ended([UInt8])
    }

    private var packetStart = BytePattern("<?xpacket begin")
    private var metaStart = BytePattern("<x:xmpmeta")
    private var packetEnd = BytePattern("<?xpacket end")
    private var metaEnd = BytePattern("</x:xmpmeta>")
    private var packet: [UInt8] = []
    private var isCapturing = false

    /// True when the scanner is between packets with no partial marker: only a `<` can
    /// change its state, so other bytes need not be shown to it.
    var isIdle: Bool { !isCapturing && packetStart.isIdle && metaStart.isIdle }

    /// Reads one byte.
    mutating func scan(_ byte: UInt8) -> Event? {
        if isCapturing {
            if packet.count < Self.packetLimit { packet.append(byte) }
            let atPacketEnd = packetEnd.advance(byte)
            let atMetaEnd = metaEnd.advance(byte)
            guard atPacketEnd || atMetaEnd else { return nil }
            return .ended(close())
        }
        let atPacketStart = packetStart.advance(byte)
        let atMetaStart = metaStart.advance(byte)
        guard atPacketStart || atMetaStart else { return nil }
        isCapturing = true
        packetEnd.reset()
        metaEnd.reset()
        packet = atPacketStart ? packetStart.bytes : metaStart.bytes
        return .started
    }

    /// The packet still open when the file ends, if any.
    mutating func finish() -> [UInt8]? {
        isCapturing ? close() : nil
    }

    private mutating func close() -> [UInt8] {
        isCapturing = false
        packetStart.reset()
        metaStart.reset()
        let bytes = packet
        packet = []
        return bytes
    }
}
