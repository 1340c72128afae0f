/// Streaming identification: keeps a bounded head (and, for zip files, tail) of the chunks it
/// is handed, then identifies the content with `FormatIdentification`.
///
/// Memory stays under `headLimit + 2 × tailLimit` whatever the file size, and the result does not
/// depend on how the file was cut into chunks.
public struct FormatIdentifier: Sendable {
    /// The head kept by default: 64 KiB.
    public static let defaultHeadLimit = 65_536
    /// The tail kept by default for a zip's central directory: 64 KiB.
    public static let defaultTailLimit = 65_536

    private let headLimit: Int
    private let tailLimit: Int
    private let fileName: String?
    private var head: [UInt8] = []
    private var tail: [UInt8] = []
    private var total = 0
    private var wantsMore = true
    private var headIsFull = false

    /// An identifier for one file; `fileName` only breaks ties between text subtypes.
    public init(fileName: String? = nil, headLimit: Int = FormatIdentifier.defaultHeadLimit,
                tailLimit: Int = FormatIdentifier.defaultTailLimit) {
        self.fileName = fileName
        self.headLimit = max(512, headLimit)
        self.tailLimit = max(0, tailLimit)
        head.reserveCapacity(min(self.headLimit, 65_536))
    }

    /// Takes the next chunk; returns false once no more bytes can change the result
    /// (the head is full and the content is not a zip, whose directory sits at the end).
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard wantsMore else { return false }
        let bytes = chunk.bindMemory(to: UInt8.self)
        total += bytes.count
        let taken = min(max(0, headLimit - head.count), bytes.count)
        head.append(contentsOf: bytes.prefix(taken))
        guard head.count >= headLimit else { return true }
        if !headIsFull {
            headIsFull = true
            guard head.starts(with: [0x50, 0x4B]), tailLimit > 0 else {
                wantsMore = false
                return false
            }
            tail = Array(head.suffix(tailLimit))
        }
        tail.append(contentsOf: bytes.dropFirst(taken))
        if tail.count > 2 * tailLimit { tail.removeFirst(tail.count - tailLimit) }
        return true
    }

    /// The identity of the bytes seen so far. If `consume` was stopped early, `fileSize` tells
    /// the real size (it matters for zip tails and for whether text was cut).
    public func result(fileSize: Int? = nil) -> FormatIdentity {
        // Stopped early, the real size is unknown but larger than the head: say so, whatever the chunking.
        let size = fileSize ?? (wantsMore ? total : head.count + 1)
        let keptTail = tail.count > tailLimit ? Array(tail.suffix(tailLimit)) : tail
        let sample = ContentSample(head: head, tail: keptTail, fileSize: size, fileName: fileName)
        return FormatIdentification.identify(sample)
    }
}
