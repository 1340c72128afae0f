@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
import Testing

@Suite("Placeholders people leave behind")
struct PlaceholderTests {
    @Test("default titles of Acrobat Distiller, office suites and other producers are placeholders",
          arguments: ["No Job Name", "untitled", "Untitled-1", "Document1", "Microsoft Word - rapport.docx",
                      "PowerPoint Presentation", "Présentation PowerPoint", "Sans titre 1", "Keynote Presentation",
                      "Classeur1", "Book1", "Document sans titre", "IMG_2041", "Microsoft Word"])
    func placeholderTitles(_ title: String) {
        #expect(PDFMetadataCheck.matches(title, PDFMetadataCheck.alternation(of: PDFMetadataCheck.placeholderTitles)))
    }

    @Test("real titles are not placeholders",
          arguments: ["Écosystèmes numériques scolaires", "Document d'orientation 2023", "Untangling school data",
                      "Book of abstracts", "Presentation of the survey", "Rapport intermédiaire"])
    func realTitles(_ title: String) {
        #expect(!PDFMetadataCheck.matches(title, PDFMetadataCheck.alternation(of: PDFMetadataCheck.placeholderTitles)))
    }

    @Test("default authors of office suites and operating systems are placeholders, people are not")
    func placeholderAuthors() {
        for author in ["Microsoft Office User", "admin", "Utilisateur Windows", "  ", "HP"] {
            #expect(PDFMetadataCheck.matches(author, PDFMetadataCheck.alternation(of: PDFMetadataCheck.placeholderAuthors)), "\(author)")
        }
        for author in ["Jean-François Cerisier", "Administration de l'école", "Owner Smith"] {
            #expect(!PDFMetadataCheck.matches(author, PDFMetadataCheck.alternation(of: PDFMetadataCheck.placeholderAuthors)), "\(author)")
        }
    }

    @Test("addresses at domains reserved for examples are placeholders")
    func placeholderAddresses() {
        #expect(ContactCheck.isPlaceholder("a@example.org"))
        #expect(ContactCheck.isPlaceholder("a@EXAMPLE.COM"))
        #expect(ContactCheck.isPlaceholder("a@mail.example.net"))
        #expect(ContactCheck.isPlaceholder("a@lab.test"))
        #expect(!ContactCheck.isPlaceholder("a@univ-poitiers.fr"))
        #expect(!ContactCheck.isPlaceholder("a@example-lab.fr"))
    }
}
