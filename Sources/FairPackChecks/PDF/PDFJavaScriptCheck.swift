import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `pdf.javascript`: no PDF carries JavaScript.
public struct PDFJavaScriptCheck: Check {
    public static let description = CheckDescription(
        id: "pdf.javascript",
        title: "PDFs carry no JavaScript",
        rationale: "Scripts in a PDF run when it opens: archives and PDF/A forbid them, and readers may block the file.",
        principle: "R1",
        defaultSeverity: .warning,
        needs: [.pdf],
        passing: [CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts()])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts { $0.hasJavaScript = true }])
                .landing(at: .path(PDFExamples.file.path)),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard deposit.facts[file.path]?.pdf?.hasJavaScript == true else { return nil }
            return Problem(message: Messages.script, fix: Messages.remove, path: file.path)
        }
    }

    enum Messages {
        static let script = "This PDF contains JavaScript (a /JavaScript or /JS entry)."
        static let remove = "Export it again without interactive features, or as PDF/A, which forbids scripts."
    }
}
