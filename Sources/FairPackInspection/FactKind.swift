/// A kind of fact that the one read of a file can teach: what a check declares it needs,
/// and what an inspector declares it provides.
///
/// The audit reads only for the kinds its checks need, so a profile without content checks
/// reads no content; and a check is only ever given a deposit whose needed kinds were
/// gathered (``InspectedDeposit/gathered``).
public enum FactKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// What a PDF says about itself (``PDFFacts``).
    case pdf
    /// The maDMP named by `dmp:` (``DMPReading``).
    case dmp
    /// Digests of every byte (``FileFacts/digests``).
    case digests
    /// An RO-Crate the deposit already holds at its root (``FileFacts/existingCrate``).
    case crate
    /// What the content is: media type, PRONOM id, flags (``FileFacts/format``).
    case format
    /// SHA-256 of the files whose size another file shares, to find duplicates (``FileFacts/digests``).
    case duplicates
    /// Licences stated in licence files and root READMEs (``FileFacts/licences``).
    case licences
    /// The table of a CSV or TSV file (``FileFacts/table``).
    case table
    /// The encoding of a text file (``FileFacts/encoding``).
    case encoding
    /// Personal data in a text file (``FileFacts/personalData``).
    case personalData

    /// Orders kinds by name, for stable messages.
    public static func < (lhs: FactKind, rhs: FactKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
