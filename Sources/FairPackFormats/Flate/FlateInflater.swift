import CZlib

/// zlib's inflate behind a hard cap on the inflated size, fed compressed chunks one at a time.
///
/// The inflater owns its zlib stream, so it cannot be copied; it frees the stream when dropped.
/// Bytes after the end of the deflate stream are ignored (PDF streams often carry an end-of-line).
public struct FlateInflater: ~Copyable, @unchecked Sendable {
    /// The default cap on inflated bytes: 16 MiB.
    public static let defaultLimit = 16 * 1024 * 1024

    private let stream: UnsafeMutablePointer<z_stream>
    private let limit: Int
    private let stopsAtLimit: Bool
    private var output: [UInt8] = []
    private var failure: FlateError?
    /// True once the end of the deflate stream was reached.
    public private(set) var isFinished = false
    /// True when `stopsAtLimit` cut the output at the limit.
    private(set) var isCut = false

    /// An inflater for `wrapping` data that refuses to produce more than `limit` bytes.
    public init(wrapping: FlateWrapping = .zlib, limit: Int = FlateInflater.defaultLimit) throws(FlateError) {
        try self.init(wrapping: wrapping, limit: limit, stopsAtLimit: false)
    }

    init(wrapping: FlateWrapping, limit: Int, stopsAtLimit: Bool) throws(FlateError) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        self.limit = max(0, limit)
        self.stopsAtLimit = stopsAtLimit
        guard fairpack_inflate_init2(stream, wrapping.windowBits) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw FlateError.corrupt(reason: "zlib could not start")
        }
    }

    deinit {
        CZlib.inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates the next compressed chunk; the output accumulates until `finish()`.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer) throws(FlateError) {
        if let failure { throw failure }
        guard !isFinished, !isCut, let base = chunk.baseAddress, chunk.count > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(chunk.count)
        defer {
            stream.pointee.next_in = nil
            stream.pointee.avail_in = 0
        }
        while true {
            let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                return CZlib.inflate(stream, Z_NO_FLUSH)
            }
            let produced = buffer.count - Int(stream.pointee.avail_out)
            if output.count + produced > limit {
                if stopsAtLimit {
                    output.append(contentsOf: buffer.prefix(limit - output.count))
                    isCut = true
                    return
                }
                failure = .overCap(limit: limit)
                throw FlateError.overCap(limit: limit)
            }
            output.append(contentsOf: buffer.prefix(produced))
            switch status {
            case Z_STREAM_END:
                isFinished = true
                return
            case Z_OK:
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { return }
            case Z_BUF_ERROR:
                return
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "invalid deflate data"
                failure = .corrupt(reason: message)
                throw FlateError.corrupt(reason: message)
            }
        }
    }

    /// Inflates the next compressed bytes.
    public mutating func feed(_ bytes: [UInt8]) throws(FlateError) {
        var thrown: FlateError?
        bytes.withUnsafeBytes { raw in
            do throws(FlateError) { try feed(raw) } catch { thrown = error }
        }
        if let thrown { throw thrown }
    }

    /// The inflated bytes; throws `truncated` when the stream did not reach its end.
    /// The inflater is left empty.
    public mutating func finish() throws(FlateError) -> [UInt8] {
        if let failure { throw failure }
        guard isFinished else { throw FlateError.truncated }
        defer { output = [] }
        return output
    }

    /// Inflates a whole compressed buffer in one call.
    public static func inflate(_ data: [UInt8], wrapping: FlateWrapping = .zlib,
                               limit: Int = FlateInflater.defaultLimit) throws(FlateError) -> [UInt8] {
        var inflater = try FlateInflater(wrapping: wrapping, limit: limit)
        try inflater.feed(data)
        return try inflater.finish()
    }

    /// Up to `limit` bytes inflated from the start of possibly truncated data; nil when nothing
    /// could be inflated. For sniffing inside compressed content without reading all of it.
    public static func inflatePrefix(_ data: ArraySlice<UInt8>, wrapping: FlateWrapping, limit: Int) -> [UInt8]? {
        guard var inflater = try? FlateInflater(wrapping: wrapping, limit: limit, stopsAtLimit: true) else { return nil }
        let fed: Void? = data.withUnsafeBytes { raw in try? inflater.feed(raw) }
        let bytes = inflater.output
        if fed == nil && bytes.isEmpty { return nil }
        return bytes.isEmpty ? nil : bytes
    }
}
