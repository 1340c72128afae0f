import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// Compares a parsed maDMP with the deposit: datasets, licences, personal data, ORCID iDs.
struct DMPComparison {
    let metadata: DepositMetadata
    let deposit: Deposit
    let dmpPath: Located<String>

    func problems(with dmp: MaDMP) -> [Problem] {
        var problems: [Problem] = []
        let index = FileIndex(deposit.inventory.files)
        for dataset in dmp.datasets {
            guard let target = match(dataset, in: index) else {
                problems.append(problem(Messages.unmatched(dataset.title), fix: Messages.addDataset))
                continue
            }
            problems += licenceProblems(dataset, target)
            problems += personalDataProblems(dataset, target)
        }
        problems += orcidProblems(dmp)
        return problems
    }

    /// What a DMP dataset stands for: one file (with its `files:` entry, if any) or the whole deposit.
    private enum Target {
        case file(path: String, description: FileDescription?)
        case deposit
    }

    /// The deposit's files by lower-cased path and by lower-cased name, each key to the first file
    /// (in inventory order) it names: matching a DMP of 50,000 datasets against 200,000 files is then
    /// one lookup per name, not a pass over the files per dataset.
    private struct FileIndex {
        let files: [FileEntry]
        private var first: [String: Int] = [:]

        init(_ files: [FileEntry]) {
            self.files = files
            for (position, file) in files.enumerated() {
                for key in [file.path.lowercased(), file.name.lowercased()] where first[key] == nil { first[key] = position }
            }
        }

        /// The first file whose path or name is one of `names` (lower-cased).
        func file(namedAnyOf names: [String]) -> FileEntry? {
            names.compactMap { first[$0] }.min().map { files[$0] }
        }
    }

    private func match(_ dataset: MaDMP.Dataset, in index: FileIndex) -> Target? {
        let names = ([dataset.identifier].compactMap { $0 } + dataset.distributionTitles).map { $0.lowercased() }
        if let file = index.file(namedAnyOf: names) {
            return .file(path: file.path, description: metadata.fileDescription(for: file.path))
        }
        if let title = metadata.title?.value, PDFMetadataCheck.simplified(title) == PDFMetadataCheck.simplified(dataset.title) {
            return .deposit
        }
        return nil
    }

    private func licenceProblems(_ dataset: MaDMP.Dataset, _ target: Target) -> [Problem] {
        let declared: Located<String>?
        switch target {
        case .file(_, let description): declared = description?.licence ?? metadata.licence
        case .deposit: declared = metadata.licence
        }
        guard let declared, let depositId = SPDXLicence.named(declared.value)?.id else { return [] }
        var problems: [Problem] = []
        for reference in dataset.licences {
            guard let dmpId = SPDXLicence.id(forURL: reference) else {
                var note = problem(Messages.unknownLicence(dataset.title, reference), fix: Messages.useLicenceURL)
                note.severity = .note
                problems.append(note)
                continue
            }
            if dmpId.lowercased() != depositId.lowercased() {
                problems.append(.metadata(Messages.licence(dataset.title, dmpId, depositId), fix: Messages.alignLicence,
                                          at: declared.location))
            }
        }
        return problems
    }

    private func personalDataProblems(_ dataset: MaDMP.Dataset, _ target: Target) -> [Problem] {
        guard case .file(let path, let description) = target, let answer = dataset.personalData?.lowercased(),
              answer == "yes" || answer == "no" else { return [] }
        guard let stated = description?.personalData else {
            guard answer == "yes" else { return [] }
            return [problem(Messages.undeclaredPersonal(dataset.title, path), fix: Messages.declarePersonal)]
        }
        let depositSaysYes = ["pseudonymised", "pseudonymized", "personal", "yes"].contains(stated.value.lowercased())
        guard depositSaysYes != (answer == "yes") else { return [] }
        return [.metadata(Messages.personal(dataset.title, answer, stated.value), fix: Messages.alignPersonal,
                          at: stated.location)]
    }

    private func orcidProblems(_ dmp: MaDMP) -> [Problem] {
        let people = dmp.contributors + (dmp.contact.map { [$0] } ?? [])
        var problems: [Problem] = []
        var reported = Set<String>()
        for person in people {
            guard let dmpORCID = person.orcid.flatMap(ORCID.init)?.identifier else { continue }
            for item in metadata.orcidValues {
                guard let name = item.name, PersonName.key(name) == PersonName.key(person.name),
                      let depositORCID = ORCID(item.value.value)?.identifier, depositORCID != dmpORCID,
                      reported.insert(item.value.location.pointer).inserted else { continue }
                problems.append(.metadata(Messages.orcid(name, depositORCID, dmpORCID), fix: Messages.alignORCID,
                                          at: item.value.location))
            }
        }
        return problems
    }

    private func problem(_ message: String, fix: String) -> Problem {
        .metadata(message, fix: fix, at: dmpPath.location)
    }

    enum Messages {
        static func unmatched(_ title: String) -> String {
            "The DMP's dataset \"\(title)\" matches no file of the deposit."
        }
        static let addDataset = "Add the dataset's file, or name it in the DMP's `distribution[].title` or `dataset_id` so it can be matched."
        static func unknownLicence(_ title: String, _ url: String) -> String {
            "The DMP gives the dataset \"\(title)\" the licence \(url), which fairpack cannot map to an SPDX id."
        }
        static let useLicenceURL = "Use the licence's SPDX or official URL in the DMP (e.g. https://spdx.org/licenses/etalab-2.0)."
        static func licence(_ title: String, _ dmpId: String, _ depositId: String) -> String {
            "The DMP licenses the dataset \"\(title)\" under \(dmpId), but the deposit says \(depositId)."
        }
        static let alignLicence = "Use the same licence in deposit.yaml and the DMP (update the DMP if the choice changed)."
        static func undeclaredPersonal(_ title: String, _ path: String) -> String {
            "The DMP says the dataset \"\(title)\" holds personal data, but deposit.yaml says nothing of \(path)."
        }
        static let declarePersonal = "Add a `files:` entry for the file with `personal-data:` (pseudonymised, anonymised, personal or none)."
        static func personal(_ title: String, _ answer: String, _ stated: String) -> String {
            "The DMP answers \"\(answer)\" to personal data for \"\(title)\", but deposit.yaml says \(stated)."
        }
        static let alignPersonal = "Check the file, then correct `personal-data:` or the DMP so they agree."
        static func orcid(_ name: String, _ deposit: String, _ dmp: String) -> String {
            "\(name) has the ORCID iD \(deposit) here but \(dmp) in the DMP."
        }
        static let alignORCID = "Check the person's ORCID record and correct the wrong iD."
    }
}
