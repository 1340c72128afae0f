/// The version of fairpack, as reports state it.
public enum FairPackVersion {
    /// The version string.
    public static let current = "0.1.0"
}
