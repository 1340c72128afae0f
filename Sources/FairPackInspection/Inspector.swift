import FairPackBase
import FairPackDeposit
/// Something that learns about a file from its bytes, chunk by chunk, during the one read
/// the audit makes of each file (DESIGN §3.2).
///
/// The reader knows only this protocol: concrete inspectors live in `Formats/`, `Hashing/`
/// and `Licences/`, and whoever runs the read (the audit, the packer) chooses them. An
/// inspector keeps bounded state: it must not hold the whole file unless the file is small
/// by contract (a DMP's JSON).
public protocol Inspector {
    /// Takes the next chunk of the file. Returns false once it has learned all it wants,
    /// so the read can stop early when no inspector wants more.
    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool
    /// Writes what it learned into `facts`; called once, after the last chunk or an early stop.
    mutating func finish(into facts: inout FileFacts)
}

/// Makes a fresh inspector for each file that interests it.
public protocol InspectorFactory: Sendable {
    /// The kind of fact its inspectors write.
    var provides: FactKind { get }
    /// An inspector for `entry`, or nil when this kind of inspector has nothing to learn there.
    func makeInspector(for entry: FileEntry) -> (any Inspector)?
}
