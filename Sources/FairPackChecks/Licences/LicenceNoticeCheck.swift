import FairPackBase
import FairPackDeposit
import FairPackInspection

/// `licence.notice`: the README at the root states the deposit's licence (a sentence naming
/// it, an SPDX identifier line or a link to it).
public struct LicenceNoticeCheck: Check {
    public static let description = CheckDescription(
        id: "licence.notice",
        title: "The README states the deposit's licence",
        rationale: "The README is what people read first; stating the licence there tells reusers the terms before they open anything else.",
        principle: "R1.1",
        defaultSeverity: .warning,
        needs: [.licences],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("README.md")],
                         facts: [LicenceEvidence.facts("README.md", [LicenceEvidence.etalabNotice])]),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("README")],
                         facts: [LicenceEvidence.facts("README", [LicenceEvidence.etalabURL])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("README.md")],
                         facts: [LicenceEvidence.facts("README.md", [])]).landing(at: .path("README.md")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("README.md")],
                         facts: [LicenceEvidence.facts("README.md", [LicenceStatement(spdx: "CC-BY-4.0", kind: .notice, confidence: 0.9, line: 3)])])
                .landing(at: .path("README.md")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("data/a.csv")]).landing(at: .pointer("/licence")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata, let declared = metadata.licence,
              let licence = LicenceEvidence.depositLicence(deposit) else { return [] }
        let readmes = LicenceEvidence.readmes(deposit)
        guard !readmes.isEmpty else {
            return [.metadata(Messages.noReadme(licence.id), fix: Messages.addReadme(licence.id), at: declared.location)]
        }
        let statements = readmes.flatMap { LicenceEvidence.statements(deposit, $0) }.filter { !$0.isAltered }
        guard !statements.contains(where: { LicenceEvidence.states($0, licence) }) else { return [] }
        let path = readmes[0]
        if let other = statements.first {
            return [Problem(message: Messages.other(path, other.spdx, licence.id), fix: Messages.state(licence.id), path: path)]
        }
        return [Problem(message: Messages.silent(path, licence.id), fix: Messages.state(licence.id), path: path)]
    }

    enum Messages {
        static func noReadme(_ id: String) -> String { "The deposit has no README at its root stating its licence, \(id)." }
        static func addReadme(_ id: String) -> String { "Add a README.md describing the files, with a section naming the licence \(id) and its URL." }
        static func silent(_ path: String, _ id: String) -> String { "\(path) does not state the deposit's licence, \(id)." }
        static func other(_ path: String, _ stated: String, _ id: String) -> String {
            "\(path) states \(stated), not the deposit's licence \(id)."
        }
        static func state(_ id: String) -> String {
            "Add a sentence such as \"Data published under \(id)\" with the licence's URL, or `SPDX-License-Identifier: \(id)`."
        }
    }
}
