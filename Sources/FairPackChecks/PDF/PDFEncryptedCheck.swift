import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `pdf.encrypted`: no PDF is encrypted or password-protected.
public struct PDFEncryptedCheck: Check {
    public static let description = CheckDescription(
        id: "pdf.encrypted",
        title: "PDFs are not encrypted",
        rationale: "An encrypted PDF may refuse to open, print or be copied from, and archives cannot migrate or check it; HAL refuses protected files.",
        principle: "A1",
        defaultSeverity: .warning,
        needs: [.pdf],
        passing: [CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts()])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [PDFExamples.file], facts: [PDFExamples.facts { $0.isEncrypted = true }])
                .landing(at: .path(PDFExamples.file.path)),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard deposit.facts[file.path]?.pdf?.isEncrypted == true else { return nil }
            return Problem(message: Messages.encrypted, fix: Messages.decrypt, path: file.path)
        }
    }

    enum Messages {
        static let encrypted = "This PDF is encrypted (it has an /Encrypt dictionary)."
        static let decrypt = "Save it again without a password or restrictions (for example: qpdf --decrypt in.pdf out.pdf)."
    }
}
