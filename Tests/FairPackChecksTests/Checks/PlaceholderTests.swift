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
                      "Classeur1", "Book1", "Document sans titre", "IMG_2041", "Microsoft Word", "  Document  ", "rapport_v3.docx",
                      "Slide 1", "DSC-0042", "Page 3", "Layout1", "Doc12", "Numérisation 2", "Adobe InDesign CS6", "Print Job 4", "PDF"])
    func placeholderTitles(_ title: String) {
        #expect(PlaceholderText.isTitle(title))
    }

    @Test("real titles are not placeholders",
          arguments: ["Écosystèmes numériques scolaires", "Document d'orientation 2023", "Untangling school data",
                      "Book of abstracts", "Presentation of the survey", "Rapport intermédiaire", "Doc", "Page de garde",
                      "Imagerie scolaire", "Slides of the workshop", "Test scores in 2023"])
    func realTitles(_ title: String) {
        #expect(!PlaceholderText.isTitle(title))
    }

    @Test("default authors of office suites and operating systems are placeholders, people are not")
    func placeholderAuthors() {
        for author in ["Microsoft Office User", "admin", "Utilisateur Windows", "  ", "HP"] {
            #expect(PlaceholderText.isAuthor(author), "\(author)")
        }
        for author in ["Jean-François Cerisier", "Administration de l'école", "Owner Smith"] {
            #expect(!PlaceholderText.isAuthor(author), "\(author)")
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
