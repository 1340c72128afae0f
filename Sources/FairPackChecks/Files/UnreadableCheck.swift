import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.unreadable`: every file and folder can be read, and all are regular files or folders.
public struct UnreadableCheck: Check {
    public static let description = CheckDescription(
        id: "files.unreadable",
        title: "Every file can be read",
        rationale: "A file that cannot be read cannot be checked, hashed or packed; the deposit would silently lose it.",
        principle: "A1",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10, isReadable: false)]).landing(at: .path("data/a.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "private", kind: .unreadableFolder, isReadable: false)]).landing(at: .path("private")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "pipe", kind: .special)]).landing(at: .path("pipe")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.entries.compactMap { entry in
            switch entry.kind {
            case .unreadableFolder:
                return Problem(message: Messages.folder, fix: Messages.permissions, path: entry.path)
            case .special:
                return Problem(message: Messages.special, fix: Messages.remove, path: entry.path)
            case .file where !entry.isReadable:
                return Problem(message: Messages.file, fix: Messages.permissions, path: entry.path)
            default:
                return nil
            }
        }
    }

    enum Messages {
        static let folder = "This folder cannot be opened; its content is not checked."
        static let file = "This file cannot be read."
        static let permissions = "Give yourself read permission (chmod u+r, or u+rx for a folder), or exclude it in deposit.yaml."
        static let special = "This is not a regular file (a pipe, socket or device)."
        static let remove = "Remove it from the deposit folder."
    }
}
