/// Reads the tab-separated tables compiled into fairpack (`#` lines are comments).
///
/// Lines and cells are split on their UTF-8 bytes (tab and line feed are ASCII), not on
/// characters: the SPDX list alone is 700 rows, read at the start of every run that names a
/// licence, and splitting by grapheme took a fifth of a `pack` of a small folder.
enum BundledTable {
    /// The rows of the table `name`; empty when there is no such table, which the tests catch.
    static func rows(_ name: String) -> [[String]] {
        guard let text = EmbeddedTables.byName[name] else { return [] }
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.first == UInt8(ascii: "#") ? nil
                : line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The first line of the table `name` (its `#` header), if any.
    static func header(_ name: String) -> String? {
        guard let text = EmbeddedTables.byName[name], !text.isEmpty else { return nil }
        let utf8 = text.utf8
        return String(decoding: utf8[..<(utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex)], as: UTF8.self)
    }
}
