import FairPackBase
import FairPackDeposit
import FairPackInspection
/// A PDF file and its facts for the PDF checks' examples.
enum PDFExamples {
    static let file = FileEntry(path: "rapport.pdf", size: 2_048)

    /// Facts of a sound PDF 1.7, changed by `change`.
    static func facts(_ change: (inout PDFFacts) -> Void = { _ in }) -> FileFacts {
        var facts = FileFacts(path: file.path)
        facts.mediaType = "application/pdf"
        var pdf = PDFFacts(version: "1.7", infoTitle: "Rapport", infoAuthor: "Cerisier, Jean-François")
        change(&pdf)
        facts.pdf = pdf
        return facts
    }
}
