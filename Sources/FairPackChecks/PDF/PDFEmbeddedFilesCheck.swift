import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `pdf.embedded-files`: a note for each PDF that carries attachments, which a repository
/// neither lists nor checks, and which PDF/A-1 and PDF/A-2 forbid (except PDF/A attachments).
public struct PDFEmbeddedFilesCheck: Check {
    public static let description = CheckDescription(
        id: "pdf.embedded-files",
        title: "PDFs carry no hidden attachments",
        rationale: "Files attached inside a PDF are invisible to the repository: not listed, not checked, not preserved on their own.",
        principle: "F4",
        defaultSeverity: .note,
        needs: [.pdf],
        passing: [CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts()])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts { $0.hasEmbeddedFiles = true }])
                .landing(at: .path(PDFExamples.file.path)),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard deposit.facts[file.path]?.pdf?.hasEmbeddedFiles == true else { return nil }
            return Problem(message: Messages.attached, fix: Messages.depositApart, path: file.path)
        }
    }

    enum Messages {
        static let attached = "This PDF carries embedded files (attachments), which the repository will neither list nor check."
        static let depositApart = "Deposit the attached files beside the PDF, and export the PDF without them (PDF/A-1 and PDF/A-2 forbid most attachments)."
    }
}
