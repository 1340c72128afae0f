import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `hal.pdf-metadata`: each deliverable PDF states a real title and author in its own metadata.
public struct PDFMetadataCheck: Check {
    /// Titles word processors leave behind.
    static let placeholderTitles = [
        "^microsoft (word|powerpoint|excel) - ", "^untitled", "^sans titre", "^document[0-9]*$", "^titre$",
        "^title$", "^présentation powerpoint$", "^powerpoint presentation$", "\\.(docx?|odt|pptx?|rtf|tex)$",
        "^slide ?1$", "^diapositive 1$", "^new document$", "^nouveau document$", "^sample$", "^test$",
        // Acrobat Distiller, print drivers, office suites, Google Docs, Apple Pages and Keynote, scanners.
        "^no job name$", "^print job", "^microsoft (word|powerpoint|excel|outlook|publisher)$",
        "^(keynote|google slides|libreoffice impress) presentation$", "^présentation[0-9]*$", "^presentation[0-9]*$",
        "^(book|classeur|sheet|feuille|tableau)[0-9]*$", "^doc[0-9]+$", "^document sans titre$", "^sans nom", "^unnamed",
        "^(template|modèle|model)$", "^(scan|scanned document|numérisation)", "^(img|dsc|dscn)[-_ ]?[0-9]+$", "^pdf$",
        "^adobe (indesign|illustrator|photoshop)", "^layout ?[0-9]+$", "^page ?[0-9]+$",
    ]

    /// Authors word processors leave behind.
    static let placeholderAuthors = [
        "^(unknown|inconnu|user|utilisateur|utilisateur windows|admin|administrator|administrateur|owner|author|auteur)$",
        "^microsoft office user$", "^windows user$", "^pc$", "^hp$", "^dell$",
    ]

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

    // Compiled once per audit, held by the check: a static expression lived until exit, and
    // LeakSanitizer counted CoreFoundation's copy of it as leaked.
    private let titleExpression = Self.alternation(of: Self.placeholderTitles)
    private let authorExpression = Self.alternation(of: Self.placeholderAuthors)

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
            if let title = pdf.title, !Self.matches(title, titleExpression) {
                if let declared = entry.value.title, Self.simplified(declared.value) != Self.simplified(title) {
                    var note = Problem(message: Messages.differs(title, declared.value), fix: Messages.align, path: path)
                    note.severity = .note
                    problems.append(note)
                }
            } else {
                problems.append(Problem(message: Messages.badTitle(pdf.title), fix: Messages.setTitle, path: path))
            }
            if pdf.author.map({ Self.matches($0, authorExpression) }) ?? true {
                problems.append(Problem(message: Messages.badAuthor(pdf.author), fix: Messages.setAuthor, path: path))
            }
        }
        return problems
    }

    /// Whether `text`, trimmed and lower-cased, is empty or matches `expression`.
    static func matches(_ text: String, _ expression: NSRegularExpression) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty { return true }
        return expression.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    /// One expression for a list of patterns: compiling each pattern at each PDF was most of the check's time.
    static func alternation(of patterns: [String]) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: patterns.map { "(?:\($0))" }.joined(separator: "|"))
        } catch {
            preconditionFailure("invalid placeholder pattern: \(error)")
        }
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
