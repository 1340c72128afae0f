import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `format.mismatch`: a file's extension agrees with what its content is.
public struct FormatMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "format.mismatch",
        title: "Extensions match the content",
        rationale: "Repositories and readers choose how to open a file by its extension: a Word document renamed .pdf opens as a broken PDF, and its declared format misleads every later user.",
        principle: "I1",
        defaultSeverity: .error,
        needs: [.format],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "rapport.pdf", size: 2_048)],
                         facts: [FormatExamples.facts("rapport.pdf", FormatExamples.pdf)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "rapport.pdf", size: 2_048)],
                         facts: [FormatExamples.facts("rapport.pdf", FormatExamples.renamed(FormatExamples.doc))])
                .landing(at: .path("rapport.pdf")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            // Left-behind system files (Thumbs.db, .DS_Store…) are `files.junk`'s: no second finding.
            guard let format = deposit.facts[file.path]?.format, !format.extensionAgrees,
                  JunkFileCheck.junk(file.path) == nil else { return nil }
            return Problem(message: Messages.mismatch(format), fix: Messages.rename(format), path: file.path)
        }
    }

    enum Messages {
        static func mismatch(_ format: FormatFacts) -> String {
            "This file's extension does not fit its content, which is \(format.name) (\(format.mediaType))."
        }
        static func rename(_ format: FormatFacts) -> String {
            let ext = format.expectedExtensions.first { !$0.isEmpty }
            return ext.map { "Rename it with the .\($0) extension, or export it again in the format its name announces." }
                ?? "Give it the extension of its real format, or export it again in the format its name announces."
        }
    }
}
