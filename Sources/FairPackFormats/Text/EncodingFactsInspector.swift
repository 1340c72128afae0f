import FairPackDeposit
import FairPackInspection

/// Makes an encoding inspector for each text file that is not a table read by the table inspector
/// (whose report holds the encoding already).
public struct EncodingInspectorFactory: InspectorFactory {
    private let tablesReadElsewhere: Bool

    /// Creates the factory.
    /// - Parameter tablesReadElsewhere: true when the table inspector runs in the same read, so CSV and
    ///   TSV files are left to it.
    public init(tablesReadElsewhere: Bool) {
        self.tablesReadElsewhere = tablesReadElsewhere
    }

    /// Encodings of text files.
    public var provides: FactKind { .encoding }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        guard TextFiles.isText(entry), !(tablesReadElsewhere && TextFiles.isTable(entry)) else { return nil }
        return EncodingFactsInspector(path: entry.path)
    }
}

/// Validates a text file's encoding; stops at once on a binary file (a NUL in the first chunk).
struct EncodingFactsInspector: Inspector {
    let path: String
    private var engine = EncodingInspector()
    private var started = false
    private var isBinary = false

    init(path: String) {
        self.path = path
    }

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if !started {
            started = true
            if TextFiles.looksBinary(chunk) {
                isBinary = true
                return false
            }
        }
        return engine.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        guard !isBinary else { return }
        facts.encoding = engine.finish().facts(path: path)
    }
}
