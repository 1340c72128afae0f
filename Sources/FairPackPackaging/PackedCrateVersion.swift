/// The RO-Crate version `pack` writes: its context and the descriptor's `conformsTo`.
public enum PackedCrateVersion: String, Sendable, CaseIterable {
    /// RO-Crate 1.2, the default.
    case v1_2 = "1.2"
    /// RO-Crate 1.3.
    case v1_3 = "1.3"

    /// The JSON-LD context referenced by `@context`.
    public var context: String { "https://w3id.org/ro/crate/\(rawValue)/context" }
    /// The specification the metadata descriptor `conformsTo`.
    public var conformsTo: String { "https://w3id.org/ro/crate/\(rawValue)" }
}
