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
    /// What the one read of each file taught the inspectors, by path; empty until the
    /// audit has read the files (and for files no inspector wanted).
    public var facts: [String: FileFacts] = [:]

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
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAFolder(root)
        }
        let state = readMetadata(at: (root as NSString).appendingPathComponent(DepositMetadata.fileName))
        let patterns = (state.metadata?.exclude ?? []).map { PathPattern($0.value) }
        var walk = FolderWalk(exclude: patterns)
        try walk.walk(root: root)
        return Deposit(root: root, metadataState: state,
                       inventory: Inventory(entries: walk.entries, excluded: walk.excluded))
    }

    /// Builds a deposit in memory from the text of a `deposit.yaml`, a list of entries and
    /// the facts its files would yield.
    public static func example(metadata text: String?, files: [FileEntry] = [], facts: [FileFacts] = []) -> Deposit {
        let state: MetadataState
        if let text {
            state = parseMetadata(text)
        } else {
            state = .missing
        }
        var deposit = Deposit(root: "example", metadataState: state, inventory: Inventory(entries: files))
        for item in facts { deposit.facts[item.path] = item }
        return deposit
    }

    static func readMetadata(at path: String) -> MetadataState {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .missing }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return .invalid(YAMLSyntaxError(message: "it is not a regular file (a link or a folder?)",
                                            line: nil, column: nil))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .invalid(YAMLSyntaxError(message: "the file cannot be read", line: nil, column: nil))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .invalid(YAMLSyntaxError(message: "the file is not UTF-8 text", line: nil, column: nil))
        }
        return parseMetadata(text)
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
