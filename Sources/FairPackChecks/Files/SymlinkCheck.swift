import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.symlink`: the deposit holds no symbolic links.
public struct SymlinkCheck: Check {
    public static let description = CheckDescription(
        id: "files.symlink",
        title: "No symbolic links",
        rationale: "Repositories store files, not links: a link is lost on upload, and one that points outside the folder would pull in data that is not part of the deposit. fairpack never follows them.",
        principle: "A1",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)])],
        failing: [CheckExample(ExampleMetadata.complete,
                               files: [FileEntry(path: "data/latest.csv", kind: .symlink, linkTarget: "../../shared/a.csv")]).landing(at: .path("data/latest.csv"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.entries.filter { $0.kind == .symlink }.map { entry in
            Problem(message: Messages.link(entry.linkTarget), fix: Messages.replace, path: entry.path)
        }
    }

    enum Messages {
        static func link(_ target: String?) -> String {
            "This is a symbolic link" + (target.map { " to \($0)" } ?? "") + "; it is not followed nor packed."
        }
        static let replace = "Replace the link with a copy of the file, or exclude it with `exclude:` in deposit.yaml."
    }
}
