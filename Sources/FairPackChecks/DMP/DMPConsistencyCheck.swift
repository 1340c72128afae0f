import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `dmp.consistency`: the deposit agrees with the RDA maDMP that `dmp:` names.
///
/// A DMP dataset is matched to a file of the deposit when its `dataset_id.identifier` is the
/// file's path, or a `distribution[].title` is the file's path or name; a dataset whose title
/// is the deposit's title stands for the whole deposit.
public struct DMPConsistencyCheck: Check {
    public static let description = CheckDescription(
        id: "dmp.consistency",
        title: "The deposit agrees with its data management plan",
        rationale: "Funders compare what was deposited with the DMP: a dataset that the plan promises but the deposit lacks, another licence, or personal data the plan did not declare are questions the deposit should answer before it is published.",
        principle: "R1.2",
        defaultSeverity: .error,
        needs: [.dmp],
        passing: [DMPExamples.example(DMPExamples.agreeing)],
        failing: [
            DMPExamples.example(nil).landing(at: .pointer("/dmp")),
            DMPExamples.example(.invalid("it is not valid JSON (near line 3, column 5)")).landing(at: .pointer("/dmp")),
            DMPExamples.example(.parsed(DMPExamples.dmp(licence: "https://creativecommons.org/licenses/by/4.0/"))).landing(at: .pointer("/licence")),
            DMPExamples.example(.parsed(DMPExamples.dmp(personalData: "no"))).landing(at: .pointer("/files/0/personal-data")),
            DMPExamples.example(.parsed(DMPExamples.dmp(extraDataset: true))).landing(at: .pointer("/dmp")),
            DMPExamples.example(.parsed(DMPExamples.dmp(contributorORCID: "0000-0002-1825-0097"))).landing(at: .pointer("/authors/0/orcid")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata, let dmpPath = metadata.dmp else { return [] }
        let path = DepositPath.normalised(dmpPath.value)
        guard deposit.inventory.entry(at: path)?.kind == .file else {
            return [.metadata(Messages.missing(dmpPath.value), fix: Messages.correctPath, at: dmpPath.location)]
        }
        switch deposit.facts[path]?.dmp {
        case nil:
            return [.metadata(Messages.unread(dmpPath.value), fix: Messages.exportJSON, at: dmpPath.location)]
        case .invalid(let reason)?:
            return [.metadata(Messages.invalid(dmpPath.value, reason), fix: Messages.exportJSON, at: dmpPath.location)]
        case .parsed(let dmp)?:
            return DMPComparison(metadata: metadata, deposit: deposit.deposit, dmpPath: dmpPath).problems(with: dmp)
        }
    }

    enum Messages {
        static func missing(_ path: String) -> String { "The DMP file \(path) is not in the deposit." }
        static let correctPath = "Correct `dmp:` (a path from the deposit root) or add the file."
        static func unread(_ path: String) -> String { "The DMP file \(path) could not be read." }
        static func invalid(_ path: String, _ reason: String) -> String { "The DMP file \(path) cannot be used: \(reason)." }
        static let exportJSON = "Export the plan from DMP OPIDoR (or your DMP tool) as RDA maDMP JSON and point `dmp:` to it."
    }
}
