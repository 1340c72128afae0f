@testable import FairPackBase
@testable import FairPackDeposit
import Testing

struct PatternCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let path: String
    let isFolder: Bool
    let matches: Bool
    var testDescription: String { "\(pattern) \(matches ? "matches" : "does not match") \(path)" }
}

@Suite("exclude: globs")
struct PathPatternTests {
    static let cases: [PatternCase] = [
        .init(pattern: "*.tmp", path: "a/b/c.tmp", isFolder: false, matches: true),
        .init(pattern: "*.tmp", path: "c.tmp.csv", isFolder: false, matches: false),
        .init(pattern: "drafts/**", path: "drafts", isFolder: true, matches: true),
        .init(pattern: "drafts/**", path: "drafts/v1/a.docx", isFolder: false, matches: true),
        .init(pattern: "drafts/**", path: "data/drafts", isFolder: true, matches: false),
        .init(pattern: "data/*.csv", path: "data/a.csv", isFolder: false, matches: true),
        .init(pattern: "data/*.csv", path: "data/sub/a.csv", isFolder: false, matches: false),
        .init(pattern: "**/cache", path: "a/b/cache", isFolder: true, matches: true),
        .init(pattern: "out/", path: "out", isFolder: false, matches: false),
        .init(pattern: "out/", path: "out", isFolder: true, matches: true),
        .init(pattern: "v?.txt", path: "v1.txt", isFolder: false, matches: true),
        .init(pattern: "v[0-4].txt", path: "v5.txt", isFolder: false, matches: false),
        .init(pattern: "v[!0-4].txt", path: "v5.txt", isFolder: false, matches: true),
        .init(pattern: "./notes.md", path: "notes.md", isFolder: false, matches: true),
        .init(pattern: ".DS_Store", path: "a/.DS_Store", isFolder: false, matches: true),
    ]

    @Test("matches like .gitignore globs", arguments: cases)
    func matching(_ item: PatternCase) {
        #expect(PathPattern(item.pattern).matches(item.path, isFolder: item.isFolder) == item.matches)
    }
}
