import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `pdf.damaged`: every PDF has its header, its end marker and a readable cross-reference.
public struct PDFDamageCheck: Check {
    public static let description = CheckDescription(
        id: "pdf.damaged",
        title: "PDFs are complete",
        rationale: "A PDF cut short by a failed upload or copy, or without its header, opens blank or not at all; readers may repair it silently, archives will not.",
        principle: "A1",
        defaultSeverity: .error,
        needs: [.pdf, .format],
        passing: [CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts()])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file],
                         facts: [PDFExamples.facts { $0.damage = "no %%EOF at the end (the file may be truncated)" }])
                .landing(at: .path(PDFExamples.file.path)),
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file],
                         facts: [FormatExamples.facts(PDFExamples.file.path, FormatFacts())]).landing(at: .path(PDFExamples.file.path)),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let facts = deposit.facts[file.path] else { return nil }
            if let damage = facts.pdf?.damage {
                return Problem(message: Messages.damaged(damage), fix: Messages.export, path: file.path)
            }
            let named = file.name.lowercased().hasSuffix(".pdf")
            if named, facts.pdf == nil, facts.format?.format == "unknown", file.size > 0 {
                return Problem(message: Messages.noHeader, fix: Messages.export, path: file.path)
            }
            return nil
        }
    }

    enum Messages {
        static func damaged(_ reason: String) -> String { "This PDF looks damaged: \(reason)." }
        static let noHeader = "This file is named .pdf but has no %PDF- header: it is not a readable PDF."
        static let export = "Export or copy the PDF again from its source, and check that it opens completely."
    }
}
