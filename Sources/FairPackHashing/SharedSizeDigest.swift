import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Hashes, during the one read, only the files whose size another file shares: only those can
/// have a duplicate, so a deposit of distinct sizes costs no hashing at all.
public struct SharedSizeDigestFactory: DigestFactory {
    /// Sizes held by more than one non-empty file.
    public let sharedSizes: Set<UInt64>

    /// A factory for the files of `inventory` whose size another file shares.
    public init(_ inventory: Inventory) {
        var counts: [UInt64: Int] = [:]
        for file in inventory.files where file.size > 0 { counts[file.size, default: 0] += 1 }
        sharedSizes = Set(counts.filter { $0.value > 1 }.keys)
    }

    /// SHA-256 digests of the files that may be duplicates.
    public var provides: FactKind { .duplicates }

    /// SHA-256 only.
    public var algorithms: [DigestAlgorithm] { [.sha256] }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        sharedSizes.contains(entry.size) ? SharedSizeDigest(digest: MultiDigest([.sha256])) : nil
    }
}

/// Computes SHA-256 and adds it to the facts, keeping digests another inspector wrote.
struct SharedSizeDigest: Inspector {
    var digest: MultiDigest

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        digest.update(chunk)
        return true
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.digests.merge(digest.finish()) { kept, _ in kept }
    }
}
