/// Why inflating failed.
public enum FlateError: Error, Sendable, Equatable {
    /// The compressed data ended before the end of the stream.
    case truncated
    /// The data is not valid for the chosen wrapping; `reason` is zlib's message.
    case corrupt(reason: String)
    /// Inflating would give more than `limit` bytes: refused, as a defence against zip bombs.
    case overCap(limit: Int)
}

/// The framing around deflate data.
public enum FlateWrapping: Sendable, Equatable {
    /// zlib header and Adler-32 trailer, as in PDF `/FlateDecode` streams.
    case zlib
    /// Bare deflate data, as in zip entries.
    case raw
    /// gzip header and CRC-32 trailer.
    case gzip
    /// zlib or gzip, told apart by the header.
    case automatic

    var windowBits: Int32 {
        switch self {
        case .zlib: 15
        case .raw: -15
        case .gzip: 31
        case .automatic: 47
        }
    }
}
