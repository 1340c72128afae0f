@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackExport
import Foundation
import Testing

@Suite("Dataverse licences and organisation authors")
struct DataverseLicenceMapTests {
    func export(_ metadata: String, licences: DataverseLicenceMap = .stock) throws -> [String: Any] {
        let text = DataverseExport.document(for: Deposit.example(metadata: metadata), licences: licences)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func licence(_ object: [String: Any]) -> [String: String]? {
        (object["datasetVersion"] as? [String: Any])?["license"] as? [String: String]
    }

    @Test("CC BY-SA 4.0 and ODbL are named as a stock Dataverse 6 names them")
    func stockNames() throws {
        #expect(licence(try export("licence: CC-BY-SA-4.0\n")) == ["name": "CC BY-SA 4.0", "uri": "http://creativecommons.org/licenses/by-sa/4.0"])
        #expect(licence(try export("licence: odbl-1.0\n"))?["name"] == "ODbL-1.0")
        #expect(licence(try export("licence: CC-BY-NC-SA-4.0\n"))?["name"] == "CC BY-NC-SA 4.0")
    }

    @Test("an unknown licence is left out and reported; a known one is not")
    func unknown() throws {
        let deposit = Deposit.example(metadata: "licence: CECILL-2.1\n")
        #expect(DataverseExport.unknownLicence(in: deposit) == "CECILL-2.1")
        #expect(licence(try export("licence: CECILL-2.1\n")) == nil)
        #expect(DataverseExport.unknownLicence(in: Deposit.example(metadata: "licence: CC0-1.0\n")) == nil)
        #expect(DataverseExport.unknownLicence(in: Deposit.example(metadata: "title: T\n")) == nil)
    }

    @Test("a YAML or TSV licence map names an installation's own licences, over the stock ones")
    func maps() throws {
        let yaml = try DataverseLicenceMap.parse("CECILL-2.1: { name: \"CeCILL 2.1\", uri: \"https://cecill.info/licences/Licence_CeCILL_V2.1-fr.html\" }\n")
        let merged = DataverseLicenceMap.stock.merging(yaml)
        #expect(licence(try export("licence: CECILL-2.1\n", licences: merged))?["name"] == "CeCILL 2.1")
        #expect(DataverseExport.unknownLicence(in: Deposit.example(metadata: "licence: CECILL-2.1\n"), licences: merged) == nil)
        let tsv = try DataverseLicenceMap.parse("# spdx\tname\turi\netalab-2.0\tLicence Ouverte 2.0\thttps://www.etalab.gouv.fr/licence-ouverte-open-licence\n")
        #expect(DataverseLicenceMap.stock.merging(tsv).licence(forSPDX: "etalab-2.0")?.name == "Licence Ouverte 2.0")
        #expect(throws: LicenceMapError.self) { try DataverseLicenceMap.parse("CC-BY-4.0: { name: x }\n") }
        #expect(throws: LicenceMapError.self) { try DataverseLicenceMap.parse("a\tb\n") }
    }

    @Test("an organisation author gives authorName the organisation and no identifier")
    func organisationAuthor() throws {
        let object = try export("authors: [{ organization: Etalab, ror: \"https://ror.org/04xhy8q59\" }]\n")
        let fields = try #require(((object["datasetVersion"] as? [String: Any])?["metadataBlocks"] as? [String: Any])
            .flatMap { ($0["citation"] as? [String: Any])?["fields"] as? [[String: Any]] })
        let authors = try DataverseShape.entries(of: "author", in: fields)
        #expect(DataverseShape.child("authorName", of: authors[0]) == "Etalab")
        #expect(authors[0]["authorIdentifier"] == nil)
        #expect(authors[0]["authorIdentifierScheme"] == nil)
        #expect(!DataverseExport.missingRequired(in: Deposit.example(metadata: "authors: [{ organization: Etalab }]\n")).contains("author name"))
    }
}
