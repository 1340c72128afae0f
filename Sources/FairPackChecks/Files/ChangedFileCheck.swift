import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.changed`: no file changed, vanished or failed while it was read.
public struct ChangedFileCheck: Check {
    public static let description = CheckDescription(
        id: "files.changed",
        title: "Files are stable while audited",
        rationale: "A file still being written (an export, a sync client) gives an audit and checksums of a state that no longer exists.",
        principle: "A1",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)],
                               facts: [FileFacts(path: "data/a.csv")])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)],
                         facts: [{ var facts = FileFacts(path: "data/a.csv"); facts.changedWhileRead = true; return facts }()]).landing(at: .path("data/a.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)],
                         facts: [{ var facts = FileFacts(path: "data/a.csv"); facts.readError = "Input/output error"; return facts }()]).landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let facts = deposit.facts[file.path] else { return nil }
            if let error = facts.readError {
                return Problem(message: Messages.failed(error), fix: Messages.retry, path: file.path)
            }
            if facts.changedWhileRead {
                return Problem(message: Messages.changed, fix: Messages.wait, path: file.path)
            }
            return nil
        }
    }

    enum Messages {
        static func failed(_ error: String) -> String { "Reading this file failed: \(error)." }
        static let retry = "Check the disk or the network share, then run the audit again."
        static let changed = "This file changed while it was being read."
        static let wait = "Wait until the program writing it has finished, then run the audit again."
    }
}
