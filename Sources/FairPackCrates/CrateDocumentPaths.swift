/// The payload paths a document's entities name, for callers that read the payload.
extension CrateDocument {
    /// The payload paths (relative to the crate root, percent escapes decoded, no trailing `/`)
    /// of every entity with a relative `@id`.
    public var describedPaths: Set<String> {
        Set(entities.compactMap { $0.id.flatMap { CrateIdentifier(raw: $0).payloadPath }.map(CratePayload.normalise) })
    }

    /// The payload paths of entities that state a `sha256`: the files whose bytes must be hashed
    /// to check it.
    public var pathsWithSHA256: Set<String> {
        Set(entities.filter { !$0.values("sha256").isEmpty }.compactMap {
            $0.id.flatMap { CrateIdentifier(raw: $0).payloadPath }.map(CratePayload.normalise)
        })
    }
}
