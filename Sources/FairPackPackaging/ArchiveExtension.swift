extension ArchiveFormat {
    /// Archive extensions fairpack does not write, longest first: an output path ending with one
    /// would otherwise become a bag folder with an archive's name.
    public static let unwritableExtensions = [".tar.bz2", ".tar.xz", ".tar.zst", ".tbz2", ".tbz", ".txz", ".7z", ".rar",
                                              ".bz2", ".xz", ".zst", ".gz"]

    /// The archive extension of `path` that fairpack cannot write (`.7z`, `.tar.bz2`, `.gz` alone,
    /// …), or nil when the path is a bag folder or an archive fairpack writes.
    public static func unwritableExtension(of path: String) -> String? {
        guard forOutput(path) == nil else { return nil }
        var name = Substring(path)
        while name.hasSuffix("/") { name = name.dropLast() }
        let lower = name.lowercased()
        return unwritableExtensions.first { lower.hasSuffix($0) }
    }
}
