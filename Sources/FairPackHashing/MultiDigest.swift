import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// Several digests of one stream of bytes, fed once. With more than one algorithm, each chunk
/// is hashed by all of them at the same time, one core each.
public struct MultiDigest {
    private var hashers: [Hasher]

    /// Starts digests for `algorithms`.
    public init(_ algorithms: [DigestAlgorithm]) {
        hashers = algorithms.map(Hasher.init)
    }

    /// Feeds the next chunk to every digest.
    ///
    /// With several algorithms and a large chunk, each algorithm hashes the chunk on its own
    /// core; the call returns when all have finished, so the chunk only has to live as long
    /// as the call.
    public mutating func update(_ chunk: UnsafeRawBufferPointer) {
        if hashers.count < 2 || chunk.count < 64 << 10 {
            for index in hashers.indices { hashers[index].update(chunk) }
            return
        }
        hashers.withUnsafeMutableBufferPointer { slots in
            let work = ParallelHashing(slots: slots, chunk: chunk)
            DispatchQueue.concurrentPerform(iterations: slots.count) { work.update($0) }
        }
    }

    /// The digests in lower-case hexadecimal, by algorithm.
    public func finish() -> [DigestAlgorithm: String] {
        var result: [DigestAlgorithm: String] = [:]
        for hasher in hashers { result[hasher.algorithm] = hasher.hex() }
        return result
    }

    /// The digests of `data`.
    public static func of(_ data: Data, _ algorithms: [DigestAlgorithm]) -> [DigestAlgorithm: String] {
        var digest = MultiDigest(algorithms)
        data.withUnsafeBytes { digest.update($0) }
        return digest.finish()
    }
}

/// One algorithm's running state, in the system's libcrypto (see ``SystemDigest``).
private struct Hasher {
    let algorithm: DigestAlgorithm
    private let state: SystemDigest

    init(_ algorithm: DigestAlgorithm) {
        self.algorithm = algorithm
        state = SystemDigest(algorithm)
    }

    func update(_ chunk: UnsafeRawBufferPointer) {
        state.update(chunk)
    }

    func hex() -> String {
        Self.hex(state.digest())
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hexadecimal, without going through String(format:) for each byte.
    private static func hex(_ digest: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One chunk hashed by every algorithm at once, each on its own core.
///
/// Why `@unchecked Sendable` is sound here, line by line:
/// - `slots` points into the hashers array, which `withUnsafeMutableBufferPointer` holds
///   exclusively (no other code can touch the array) until `concurrentPerform` returns, and
///   `concurrentPerform` returns only after every iteration has finished;
/// - iteration `i` reads and writes `slots[i]` only, so no two threads touch one hasher;
/// - `chunk` is only read, and its owner does not write it until `update` returns.
private struct ParallelHashing: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Hasher>
    let chunk: UnsafeRawBufferPointer

    func update(_ index: Int) {
        slots[index].update(chunk)
    }
}

/// The inspector that computes a file's digests during the one read.
public struct DigestInspectorFactory: DigestFactory {
    /// The algorithms computed.
    public let algorithms: [DigestAlgorithm]

    /// Creates a factory for `algorithms`.
    public init(_ algorithms: [DigestAlgorithm]) {
        self.algorithms = algorithms
    }

    public var provides: FactKind { .digests }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        DigestInspector(digest: MultiDigest(algorithms))
    }
}

struct DigestInspector: Inspector {
    var digest: MultiDigest

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        digest.update(chunk)
        return true
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.digests = digest.finish()
    }
}
