import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `hal.pdf-metadata`: each deliverable PDF states a real title and author in its own metadata.
public struct PDFMetadataCheck: Check {
    public static let description = CheckDescription(
        id: "hal.pdf-metadata",
        title: "Deliverable PDFs carry their title and author",
        rationale: "HAL, search engines and reference managers read a PDF's own Title and Author; \"Microsoft Word - rapport_v3.docx\" or an empty title is what readers then see and cite.",
        principle: "F2",
        defaultSeverity: .warning,
        needs: [.pdf],
        passing: [CheckExample(HALExamples.complete, files: [HALExamples.reportFile], facts: [HALExamples.goodPDF])],
        failing: [
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile],
                         facts: [HALExamples.pdf(title: "Microsoft Word - rapport_final_v3.docx", author: "Jean-François Cerisier")]).landing(at: .path("deliverables/rapport.pdf")),
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile],
                         facts: [HALExamples.pdf(title: nil, author: "Utilisateur Windows")]).landing(at: .path("deliverables/rapport.pdf")),
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile],
                         facts: [HALExamples.pdf(title: "Rapport intermédiaire", author: "Jean-François Cerisier")]).landing(at: .path("deliverables/rapport.pdf")),
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile], facts: [HALExamples.compressedPDF]).landing(at: .path("deliverables/rapport.pdf")),
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile],
                         facts: [HALExamples.pdf(title: "No Job Name", author: "Jean-François Cerisier")]).landing(at: .path("deliverables/rapport.pdf")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        var problems: [Problem] = []
        for entry in metadata.deliverables {
            guard let path = entry.value.path?.value,
                  let pdf = deposit.facts[DepositPath.normalised(path)]?.pdf else { continue }
            if pdf.isEncrypted {
                problems.append(Problem(message: Messages.encrypted, fix: Messages.decrypt, path: path))
                continue
            }
            if pdf.infoIsCompressed, pdf.title == nil || pdf.author == nil {
                var note = Problem(message: Messages.compressed, fix: Messages.lookYourself, path: path)
                note.severity = .note
                problems.append(note)
                continue
            }
            if let title = pdf.title, !PlaceholderText.isTitle(title) {
                if let declared = entry.value.title, Self.simplified(declared.value) != Self.simplified(title) {
                    var note = Problem(message: Messages.differs(title, declared.value), fix: Messages.align, path: path)
                    note.severity = .note
                    problems.append(note)
                }
            } else {
                problems.append(Problem(message: Messages.badTitle(pdf.title), fix: Messages.setTitle, path: path))
            }
            if pdf.author.map({ PlaceholderText.isAuthor($0) }) ?? true {
                problems.append(Problem(message: Messages.badAuthor(pdf.author), fix: Messages.setAuthor, path: path))
            }
        }
        return problems
    }

    static func simplified(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }

    enum Messages {
        static func badTitle(_ title: String?) -> String {
            title.map { "The PDF's own title is \"\($0)\", a placeholder." } ?? "The PDF has no title in its metadata."
        }
        static let setTitle = "Set the document title in the word processor (File > Properties) and export the PDF again."
        static func badAuthor(_ author: String?) -> String {
            author.map { "The PDF's own author is \"\($0)\", a placeholder." } ?? "The PDF has no author in its metadata."
        }
        static let setAuthor = "Set the authors in the word processor (File > Properties) and export the PDF again."
        static func differs(_ pdfTitle: String, _ declared: String) -> String {
            "The PDF's title \"\(pdfTitle)\" differs from the title in deposit.yaml (\"\(declared)\")."
        }
        static let align = "Make the two titles the same, unless the difference is intended."
        static let compressed = "The PDF keeps its title and author in a compressed part that fairpack could not read (an unusual filter, or too large)."
        static let lookYourself = "Check the title and author in the PDF viewer's document properties before depositing."
        static let encrypted = "The PDF is encrypted, so its metadata cannot be read and HAL's archive (CINES) will refuse it."
        static let decrypt = "Export the PDF again without password or restrictions."
    }
}
