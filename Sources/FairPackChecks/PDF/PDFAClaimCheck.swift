import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `pdf.pdfa`: says whether each PDF declares PDF/A, the archival form of PDF.
public struct PDFAClaimCheck: Check {
    public static let description = CheckDescription(
        id: "pdf.pdfa",
        title: "PDFs declare PDF/A",
        rationale: "PDF/A embeds its fonts and forbids what cannot be preserved (scripts, external content, encryption); archives such as CINES ask for it. Only the declaration in the XMP metadata is read here, not full conformance.",
        principle: "R1.3",
        defaultSeverity: .note,
        parameters: [Self.requireParameter.declaration],
        needs: [.pdf],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts { $0.pdfaClaim = "2b" }],
                         settings: ["require": .flag(true)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts()]).landing(at: .path(PDFExamples.file.path)),
        ])

    /// The `require` parameter.
    static let requireParameter = Parameter<Bool>("require", "Whether a PDF without a PDF/A declaration is a problem (else only a note).", default: false)

    let require: Bool

    public init(settings: CheckSettings) {
        require = settings[Self.requireParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let pdf = deposit.facts[file.path]?.pdf, !pdf.isEncrypted, pdf.pdfaClaim == nil else { return nil }
            var problem = Problem(message: Messages.notPDFA, fix: Messages.export, path: file.path)
            if !require { problem.severity = .note }
            return problem
        }
    }

    enum Messages {
        static let notPDFA = "This PDF does not declare PDF/A in its metadata."
        static let export = "Export it again as PDF/A (LibreOffice and Word offer it in their PDF options), or convert it with Ghostscript (-dPDFA) and check it with veraPDF."
    }
}
