import FairPackDeposit
import FairPackInspection

/// Keeps the bytes of an RO-Crate metadata file at the deposit's root, so that `pack` can
/// keep its entities and the audit can compare it with deposit.yaml.
public struct ExistingCrateInspectorFactory: InspectorFactory {
    /// The largest crate kept: a crate describing hundreds of thousands of files fits.
    public static let sizeLimit = 512 << 20

    /// Creates the factory.
    public init() {}

    public var provides: FactKind { .crate }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        entry.path == ExistingCrate.fileName ? ExistingCrateInspector() : nil
    }
}

struct ExistingCrateInspector: Inspector {
    var bytes: [UInt8] = []
    var tooLarge = false

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count + chunk.count <= ExistingCrateInspectorFactory.sizeLimit else {
            tooLarge = true
            bytes = []
            return false
        }
        bytes.append(contentsOf: chunk)
        return true
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.existingCrate = ExistingCrate(bytes: bytes, tooLarge: tooLarge)
    }
}
