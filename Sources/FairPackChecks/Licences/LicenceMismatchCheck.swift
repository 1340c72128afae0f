import FairPackBase
import FairPackDeposit
import FairPackInspection

/// `licence.mismatch`: the licence the root licence file states is the one deposit.yaml names.
public struct LicenceMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "licence.mismatch",
        title: "The licence file and deposit.yaml name the same licence",
        rationale: "Repositories publish the licence of the metadata while reusers read the file: when they differ, nobody knows which terms apply.",
        principle: "R1.1",
        defaultSeverity: .error,
        needs: [.licences],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceEvidence.etalabText])]),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceEvidence.etalabNotice,
                                                                   LicenceStatement(spdx: "MIT", kind: .notice, confidence: 0.9, line: 20)])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceEvidence.ccByText])]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-4.0"), files: [LicenceEvidence.file("LICENCE.txt")],
                         facts: [LicenceEvidence.facts("LICENCE.txt", [LicenceEvidence.etalabNotice])]).landing(at: .pointer("/licence")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let declared = deposit.metadata?.licence, let licence = LicenceEvidence.depositLicence(deposit) else { return [] }
        return LicenceEvidence.rootLicenceFiles(deposit).compactMap { path -> Problem? in
            let statements = LicenceEvidence.statements(deposit, path).filter { !$0.isAltered }
            guard let primary = statements.first,
                  !statements.contains(where: { LicenceEvidence.states($0, licence) }) else { return nil }
            return .metadata(Messages.differs(path, primary.spdx, licence.id),
                             fix: Messages.align(primary.spdx, licence.id), at: declared.location)
        }
    }

    enum Messages {
        static func differs(_ path: String, _ stated: String, _ declared: String) -> String {
            "\(path) states \(stated) but deposit.yaml's `licence` names \(declared)."
        }
        static func align(_ stated: String, _ declared: String) -> String {
            "Decide which licence applies: write `licence: \(stated)` in deposit.yaml, or replace the file's text with \(declared)'s."
        }
    }
}
