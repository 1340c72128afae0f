/// Reads the tab-separated tables compiled into fairpack (`#` lines are comments).
enum BundledTable {
    /// The rows of the table `name`; empty when there is no such table, which the tests catch.
    static func rows(_ name: String) -> [[String]] {
        guard let text = EmbeddedTables.byName[name] else { return [] }
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") ? nil : line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The first line of the table `name` (its `#` header), if any.
    static func header(_ name: String) -> String? {
        EmbeddedTables.byName[name]?.split(separator: "\n").first.map(String.init)
    }
}
