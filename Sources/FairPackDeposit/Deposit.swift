import FairPackBase
import Foundation

/// A deposit: a folder, its `deposit.yaml` and the files it holds.
public struct Deposit: Sendable {
    /// What became of `deposit.yaml`.
    public enum MetadataState: Sendable {
        /// Read and parsed.
        case parsed(DepositMetadata)
        /// There is no `deposit.yaml` at the root.
        case missing
        /// The file exists but is not valid YAML (or not text).
        case invalid(YAMLSyntaxError)
    }

    /// The folder, as given.
    public var root: String
    /// The state of `deposit.yaml`.
    public var metadataState: MetadataState
    /// The files found in the folder.
    public var inventory: Inventory
    /// The bytes of `deposit.yaml` as read, with the file's status then: the packer writes
    /// these bytes rather than reading the file a second time.
    package var metadataBytes: (bytes: [UInt8], status: FileStatus)?

    /// Creates a deposit from parts already read (used by tests and check examples).
    public init(root: String, metadataState: MetadataState, inventory: Inventory) {
        self.root = root
        self.metadataState = metadataState
        self.inventory = inventory
    }

    /// The parsed metadata, or nil when the file is missing or invalid.
    public var metadata: DepositMetadata? { metadataState.metadata }

    /// Reads `deposit.yaml` and walks the folder at `root`.
    ///
    /// Throws only when the folder itself cannot be opened; every problem inside it is kept
    /// for the checks to report.
    public static func open(at root: String) throws(DepositError) -> Deposit {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw FileStatus.of(root) == nil ? .notFound(root) : .notAFolder(root)
        }
        guard isFolder.boolValue else { throw .notAFolder(root) }
        let read = readMetadata(at: (root as NSString).appendingPathComponent(DepositMetadata.fileName))
        let patterns = (read.state.metadata?.exclude ?? []).map { PathPattern($0.value) }
        var walk = FolderWalk(exclude: patterns)
        try walk.walk(root: root)
        var deposit = Deposit(root: root, metadataState: read.state,
                              inventory: Inventory(entries: walk.entries, excluded: walk.excluded))
        deposit.metadataBytes = read.bytes
        return deposit
    }

    /// Builds a deposit in memory from the text of a `deposit.yaml` and a list of entries.
    public static func example(metadata text: String?, files: [FileEntry] = []) -> Deposit {
        let state: MetadataState
        if let text {
            state = parseMetadata(text)
        } else {
            state = .missing
        }
        return Deposit(root: "example", metadataState: state, inventory: Inventory(entries: files))
    }

    /// The largest deposit.yaml read.
    static let metadataLimit = 16 << 20

    static func readMetadata(at path: String) -> (state: MetadataState, bytes: (bytes: [UInt8], status: FileStatus)?) {
        guard let status = FileStatus.of(path) else { return (.missing, nil) }
        guard status.isRegular else {
            return (.invalid(YAMLSyntaxError(message: "it is not a regular file (a link or a folder?)",
                                             line: nil, column: nil)), nil)
        }
        let bytes: [UInt8]
        let opened: FileStatus
        do {
            let file = try SystemFile(reading: path)
            bytes = try file.readAll(limit: metadataLimit)
            opened = file.status()
        } catch {
            return (.invalid(YAMLSyntaxError(message: "the file cannot be read (\(error.reason))", line: nil, column: nil)), nil)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (.invalid(YAMLSyntaxError(message: "the file is not UTF-8 text", line: nil, column: nil)), (bytes, opened))
        }
        return (parseMetadata(text), (bytes, opened))
    }

    static func parseMetadata(_ text: String) -> MetadataState {
        do {
            return .parsed(DepositMetadata(document: try YAMLNode.parse(text)))
        } catch {
            return .invalid(error)
        }
    }
}

extension Deposit.MetadataState {
    /// The parsed metadata, or nil when the file is missing or invalid.
    var metadata: DepositMetadata? {
        if case .parsed(let metadata) = self { return metadata }
        return nil
    }
}
