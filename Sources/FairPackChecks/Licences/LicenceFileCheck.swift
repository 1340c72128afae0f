import FairPackBase
import FairPackDeposit
import FairPackInspection

/// `licence.file`: the deposit holds a licence file at its root (LICENSE, LICENCE, COPYING,
/// with or without `.md` or `.txt`).
public struct LicenceFileCheck: Check {
    public static let description = CheckDescription(
        id: "licence.file",
        title: "A licence file sits at the deposit's root",
        rationale: "Whoever downloads the files without the repository's page must still find the terms of reuse beside them.",
        principle: "R1.1",
        defaultSeverity: .warning,
        passing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")]),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENCE.txt")]),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("COPYING.md")]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("docs/LICENSE")]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE.pdf")]).landing(at: .pointer("/licence")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard LicenceEvidence.rootLicenceFiles(deposit).isEmpty else { return [] }
        let licence = deposit.metadata?.licence?.value
        guard let metadata = deposit.metadata else {
            return [Problem(message: Messages.missing(licence), fix: Messages.add(licence))]
        }
        return [.metadata(Messages.missing(licence), fix: Messages.add(licence),
                          at: metadata.licence?.location ?? metadata.rootLocation.missing("licence"))]
    }

    enum Messages {
        static func missing(_ licence: String?) -> String {
            "The deposit has no licence file at its root" + (licence.map { ", although deposit.yaml names \($0)." } ?? ".")
        }
        static func add(_ licence: String?) -> String {
            "Add a LICENSE file at the root holding the official text of \(licence ?? "the licence") (or a notice naming it and its URL)."
        }
    }
}
