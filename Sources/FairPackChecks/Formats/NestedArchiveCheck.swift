import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `archive.nested`: the deposit holds files, not archives of files, and no encrypted archive.
public struct NestedArchiveCheck: Check {
    public static let description = CheckDescription(
        id: "archive.nested",
        title: "No archive hides files",
        rationale: "Files inside a zip, tar or 7z escape every check and every reader's preview; Dataverse also unpacks a zip one level deep on upload, scattering its files; an encrypted entry cannot be preserved at all.",
        principle: "A1",
        defaultSeverity: .warning,
        needs: [.format],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20)],
                         facts: [FormatExamples.facts("data/a.csv", FormatExamples.csv)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/corpus.zip", size: 4_096)],
                         facts: [FormatExamples.facts("data/corpus.zip", FormatExamples.zip)]).landing(at: .path("data/corpus.zip")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/secret.zip", size: 4_096)],
                         facts: [FormatExamples.facts("data/secret.zip", FormatExamples.encryptedZip)]).landing(at: .path("data/secret.zip")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let format = deposit.facts[file.path]?.format else { return nil }
            if format.isEncryptedZip {
                return Problem(message: Messages.encrypted, fix: Messages.decrypt, path: file.path)
            }
            guard format.isFileTree else { return nil }
            let fix = format.format == "zip" ? Messages.keepZipWhole : Messages.unpack
            return Problem(message: Messages.nested(format.name), fix: fix, path: file.path)
        }
    }

    enum Messages {
        static func nested(_ name: String) -> String { "This \(name) archive hides its files from checks and previews." }
        static let keepZipWhole = "Deposit its files unpacked; to keep it whole on Dataverse, which unpacks a zip one level deep on upload, zip it once more (double-zip it)."
        static let unpack = "Deposit its files unpacked, or explain in the README why the archive must stay whole."
        static let encrypted = "This zip holds encrypted entries, which no one can read or preserve without the password."
        static let decrypt = "Deposit the files unencrypted, or leave them out and say in the README how to request them."
    }
}
