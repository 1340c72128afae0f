@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
import Testing

@Suite("Recherche Data Gouv follows the repository; profile names are suggested")
struct RepositoryProfileTests {
    static let withoutORCID = """
        title: "Entretiens"
        description: "Index de vingt-cinq entretiens semi-directifs menés en 2021 dans trois académies."
        licence: etalab-2.0
        language: fr
        subjects: [Social Sciences]
        dates: { created: 2020-10-26 }
        authors: [{ name: "Nguyen, Aurélien" }, { organization: "Université de Poitiers", ror: "https://ror.org/04xhy8q59" }]
        contact: { name: "Nguyen, Aurélien", email: "aurelien.nguyen@univ-poitiers.fr" }
        """

    func audit(_ metadata: String, files: [FileEntry] = [FileEntry(path: "data/a.csv", size: 10)]) throws -> AuditResult {
        let profile = try ProfileResolver.resolve(["recherche-data-gouv"], in: try ProfileCatalog.load())
        return Auditor(profile: profile).audit(InspectedDeposit.example(metadata: metadata, files: files))
    }

    @Test("ORCID iDs and keywords are recommended, not required: warnings, and the deposit is compliant")
    func orcidRecommended() throws {
        let profile = try ProfileResolver.resolve(["recherche-data-gouv"], in: try ProfileCatalog.load())
        #expect(profile.rules.first { $0.id == "orcid.required" }?.severity == .warning)
        #expect(profile.rules.first { $0.id == "metadata.keywords" }?.severity == .warning)
        for required in ["metadata.title", "metadata.description", "metadata.authors", "metadata.contact", "metadata.subject"] {
            #expect(profile.rules.first { $0.id == required }?.severity == .error, "\(required)")
        }
        let result = try audit(Self.withoutORCID)
        let orcid = result.findings.filter { $0.rule == "orcid.required" }
        #expect(orcid.count == 1, "the organisation needs no ORCID: \(orcid)")
        #expect(orcid.allSatisfy { $0.severity == .warning })
        #expect(!result.findings.contains { $0.rule == "rdg.author-name-form" }, "\(result.findings)")
        #expect(result.isCompliant, "\(result.findings.filter { $0.severity == .error })")
    }

    @Test("a folder Dataverse refuses is an error naming the ASCII name")
    func folderNames() throws {
        let result = try audit(Self.withoutORCID, files: [FileEntry(path: "Données/entretiens.csv", size: 10)])
        let finding = try #require(result.findings.first { $0.rule == "files.name.portable" })
        #expect(finding.severity == .error)
        #expect(finding.path == "Données/")
        #expect(finding.fix.contains("\"Donnees\""))
        let core = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        let plain = Auditor(profile: core).audit(Deposit.example(metadata: Self.withoutORCID,
                                                                 files: [FileEntry(path: "Données/entretiens.csv", size: 10)]))
        #expect(!plain.findings.contains { $0.rule == "files.name.portable" })
    }

    @Test("a profile name that begins a real one is suggested")
    func suggestion() {
        let names = ["cc-by-4.0", "etalab-2.0", "fair-core", "hal", "orcid", "recherche-data-gouv"]
        #expect(ProfileCatalog.suggestion(for: "etalab", in: names) == "etalab-2.0")
        #expect(ProfileCatalog.suggestion(for: "recherche", in: names) == "recherche-data-gouv")
        #expect(ProfileCatalog.suggestion(for: "fair-cor", in: names) == "fair-core")
        #expect(ProfileCatalog.suggestion(for: "zzz", in: names) == nil)
    }

    @Test("ASCII folder names for Dataverse")
    func asciiNames() {
        #expect(DataverseFolderNames.directoryLabel(for: "Données") == "Donnees")
        #expect(DataverseFolderNames.directoryLabel(for: "Résultats & figures") == "Resultats _ figures")
        #expect(DataverseFolderNames.isDirectoryLabel("data_v2.1 final-x"))
        #expect(!DataverseFolderNames.isDirectoryLabel("Données"))
    }
}
