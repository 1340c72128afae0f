import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Deposits and maDMPs for the DMP check's examples.
enum DMPExamples {
    static let metadata = """
        title: "Entretiens avec des enseignants"
        licence: etalab-2.0
        authors:
          - { name: "Cerisier, Jean-François", orcid: 0000-0002-3992-0547 }
        files:
          - { path: data/entretiens.csv, personal-data: pseudonymised }
        dmp: dmp/madmp.json
        """

    static func dmp(licence: String = "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
                    personalData: String = "yes", extraDataset: Bool = false,
                    contributorORCID: String = "0000-0002-3992-0547") -> MaDMP {
        var datasets = [MaDMP.Dataset(index: 0, title: "Index des entretiens", identifier: "data/entretiens.csv",
                                      personalData: personalData, sensitiveData: "no", licences: [licence],
                                      distributionTitles: ["entretiens.csv"])]
        if extraDataset {
            datasets.append(MaDMP.Dataset(index: 1, title: "Enregistrements audio", personalData: "yes",
                                          distributionTitles: ["enregistrements.zip"]))
        }
        return MaDMP(title: "PGD", contributors: [MaDMP.Person(name: "Jean-François Cerisier", orcid: contributorORCID)],
                     datasets: datasets)
    }

    static let agreeing = DMPReading.parsed(dmp())

    static func example(_ reading: DMPReading?) -> CheckExample {
        var files = [FileEntry(path: "data/entretiens.csv", size: 2_918)]
        var facts: [FileFacts] = []
        if let reading {
            files.append(FileEntry(path: "dmp/madmp.json", size: 1_024))
            var dmpFacts = FileFacts(path: "dmp/madmp.json")
            dmpFacts.dmp = reading
            facts.append(dmpFacts)
        }
        return CheckExample(metadata, files: files, facts: facts)
    }
}
