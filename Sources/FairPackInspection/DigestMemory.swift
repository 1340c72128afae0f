import FairPackBase
import FairPackDeposit

/// What identifies one state of a file without reading it: the key under which digests are
/// remembered between runs. Any write changes the size, the modification time or the
/// status-change time (which no program can set back); a replaced file changes the inode.
public struct FileKey: Sendable, Hashable {
    /// The path relative to the deposit root.
    public var path: String
    /// Size in bytes.
    public var size: UInt64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    /// Inode number.
    public var inode: UInt64
    /// Status-change time (ctime) in nanoseconds since the epoch.
    public var statusChanged: Int64

    /// Creates a key.
    public init(path: String, size: UInt64, modified: Int64, inode: UInt64, statusChanged: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.inode = inode
        self.statusChanged = statusChanged
    }

    /// The key of the open file at `path` as `status` describes it.
    init(path: String, status: FileStatus) {
        self.init(path: path, size: status.size,
                  modified: Int64(status.modifiedSeconds) * 1_000_000_000 + Int64(status.modifiedNanoseconds),
                  inode: status.inode,
                  statusChanged: Int64(status.statusChangedSeconds) * 1_000_000_000 + Int64(status.statusChangedNanoseconds))
    }
}

/// Digests remembered from earlier reads of a deposit's files, so that a file whose
/// ``FileKey`` is unchanged is not read again for them. The reader asks before reading a file
/// and tells after reading one in full; ``flush()`` keeps what it was told.
///
/// An implementation answers nil whenever it cannot vouch for the digests: the key differs,
/// or the file was modified so close to the moment the digests were remembered that a later
/// write could have left its key unchanged.
public protocol DigestMemory: Sendable {
    /// The digests remembered for `key`, or nil.
    func recall(_ key: FileKey) -> [DigestAlgorithm: String]?
    /// Remembers `digests`, just computed from every byte of the file with `key`.
    func remember(_ key: FileKey, digests: [DigestAlgorithm: String])
    /// Keeps what was remembered since the last flush; failures are silent (the memory is a cache).
    func flush()
}

/// A factory of inspectors that only compute digests, which a ``DigestMemory`` can stand in for.
public protocol DigestFactory: InspectorFactory {
    /// The algorithms its inspectors compute.
    var algorithms: [DigestAlgorithm] { get }
}
