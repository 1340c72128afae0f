import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.duplicate`: no two paths hold the same content.
///
/// Only files whose size another file shares are hashed (during the one read), and two files
/// are duplicates when their SHA-256 digests are equal.
public struct DuplicateFileCheck: Check {
    public static let description = CheckDescription(
        id: "files.duplicate",
        title: "No file is deposited twice",
        rationale: "The same content at two paths doubles the download, and reusers cannot tell which copy is the reference.",
        principle: "R1",
        defaultSeverity: .note,
        needs: [.duplicates],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20), FileEntry(path: "data/b.csv", size: 20)],
                         facts: [Self.example("data/a.csv", "aa"), Self.example("data/b.csv", "bb")]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20), FileEntry(path: "copie/a.csv", size: 20)],
                         facts: [Self.example("data/a.csv", "aa"), Self.example("copie/a.csv", "aa")]).landing(at: .path("data/a.csv")),
        ])

    static func example(_ path: String, _ digest: String) -> FileFacts {
        var facts = FileFacts(path: path)
        facts.digests[.sha256] = digest
        return facts
    }

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var byDigest: [String: [String]] = [:]
        for file in deposit.inventory.files where file.size > 0 {
            guard let digest = deposit.facts[file.path]?.digests[.sha256] else { continue }
            byDigest[digest, default: []].append(file.path)
        }
        return byDigest.values.filter { $0.count > 1 }.flatMap { paths -> [Problem] in
            let sorted = paths.sorted()
            return sorted.dropFirst().map { copy in
                Problem(message: Messages.duplicate(of: sorted[0]), fix: Messages.keepOne, path: copy)
            }
        }
    }

    enum Messages {
        static func duplicate(of original: String) -> String { "This file has the same content as \(original)." }
        static let keepOne = "Keep one copy, or say in the README why both are needed."
    }
}
