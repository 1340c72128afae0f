@testable import FairPackDeposit
import Testing

@Suite("File entries")
struct FileEntryTests {
    @Test("the name is the last part of the path, whatever the slashes", arguments: [
        ("data/a.csv", "a.csv"), ("README.md", "README.md"), ("data/sous-dossier/été.csv", "été.csv"),
        ("a/b/", "b"), ("a//b", "b"), ("/", "/"), ("", ""),
    ])
    func name(path: String, expected: String) {
        #expect(FileEntry(path: path, size: 1).name == expected)
    }
}
