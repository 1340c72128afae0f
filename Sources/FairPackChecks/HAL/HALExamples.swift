import FairPackBase
import FairPackDeposit
import FairPackInspection
/// deposit.yaml texts and file facts for the HAL checks' examples.
enum HALExamples {
    static func deposit(_ deliverable: String) -> String {
        """
        title: "GTnum TECHNE#REVE : livrables"
        licence: etalab-2.0
        authors:
          - { name: "Cerisier, Jean-François", affiliation: "Techné, Université de Poitiers" }
        deliverables:
          - \(deliverable)
        """
    }

    static let complete = deposit(
        "{ path: deliverables/rapport.pdf, type: REPORT, domain: shs.edu, language: fr, title: \"Écosystèmes numériques scolaires\", hal: hal-04308773 }")

    static let reportFile = FileEntry(path: "deliverables/rapport.pdf", size: 2_048)

    static func pdf(title: String?, author: String?) -> FileFacts {
        var facts = FileFacts(path: "deliverables/rapport.pdf")
        facts.mediaType = "application/pdf"
        facts.pdf = PDFFacts(version: "1.7", infoTitle: title, infoAuthor: author)
        return facts
    }

    static let compressedPDF: FileFacts = {
        var facts = pdf(title: nil, author: nil)
        facts.pdf?.infoIsCompressed = true
        return facts
    }()

    static let goodPDF = pdf(title: "Écosystèmes numériques scolaires", author: "Jean-François Cerisier")
}
