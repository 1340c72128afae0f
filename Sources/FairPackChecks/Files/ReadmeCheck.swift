import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.readme`: a README at the root explains the deposit.
public struct ReadmeCheck: Check {
    public static let description = CheckDescription(
        id: "files.readme",
        title: "A README sits at the root",
        rationale: "A README is the first thing a reuser opens: what the files are, how they were made, how to read them.",
        principle: "R1",
        defaultSeverity: .warning,
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "README.md", size: 900), FileEntry(path: "data/a.csv", size: 10)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "LISEZMOI.txt", size: 900)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/README.md", size: 900)]).landing(at: .path("README.md")),
        ])

    /// Base names (lowercased, without extension) that count as a README.
    static let names: Set<String> = ["readme", "lisezmoi", "lisez-moi", "lisez_moi"]

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        let found = deposit.inventory.files.contains { file in
            guard !file.path.contains("/") else { return false }
            let stem = file.path.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? file.path
            return Self.names.contains(stem.lowercased()) && file.size > 0
        }
        return found ? [] : [Problem(message: Messages.missing, fix: Messages.write, path: "README.md")]
    }

    enum Messages {
        static let missing = "The deposit has no README at its root."
        static let write = "Add README.md (or README.txt) at the root: what each folder holds, how the data were made and how to read them."
    }
}
