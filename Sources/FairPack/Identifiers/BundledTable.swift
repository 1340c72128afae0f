import Foundation

/// Reads the tab-separated tables shipped in the library's resources (`#` lines are comments).
enum BundledTable {
    /// The rows of the table `name`; empty when the resource is missing, which the tests catch.
    static func rows(_ name: String) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") ? nil : line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
