import FairPackBase
import FairPackDeposit
import FairPackInspection

/// `licence.detected`: every licence file states a licence fairpack recognises, and none is
/// an altered copy of a licence (which would pass for it while saying something else).
public struct LicenceDetectedCheck: Check {
    public static let description = CheckDescription(
        id: "licence.detected",
        title: "Licence files state a recognised licence, unaltered",
        rationale: "An edited licence text is a different licence: reusers and repositories that trust the title are misled. A file nobody can identify gives no terms at all.",
        principle: "R1.1",
        defaultSeverity: .warning,
        needs: [.licences],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceEvidence.etalabText])]),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE.md")],
                         facts: [LicenceEvidence.facts("LICENSE.md", [LicenceEvidence.etalabNotice, LicenceEvidence.etalabURL])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [])]).landing(at: .path("LICENSE")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceStatement(spdx: "CC-BY-4.0", kind: .alteredText, confidence: 0.82, line: 1)])])
                .landing(at: .path("LICENSE")),
            CheckExample(ExampleMetadata.complete, files: [LicenceEvidence.file("code/COPYING")],
                         facts: [LicenceEvidence.facts("code/COPYING", [LicenceStatement(spdx: "MIT", kind: .alteredText, confidence: 0.7, line: 3)])])
                .landing(at: .path("code/COPYING")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        LicenceEvidence.licenceFiles(deposit).flatMap { path -> [Problem] in
            guard let facts = deposit.facts[path]?.licences else { return [] }
            var problems = facts.alterations.map { altered in
                Problem(message: Messages.altered(path, altered.spdx, LicenceEvidence.percent(altered.confidence), altered.line),
                        fix: Messages.restore(altered.spdx), path: path)
            }
            if facts.primary == nil && problems.isEmpty {
                problems.append(Problem(message: Messages.unrecognised(path), fix: Messages.useOfficial, path: path))
            }
            return problems
        }
    }

    enum Messages {
        static func altered(_ path: String, _ closest: String, _ similarity: String, _ line: Int) -> String {
            "\(path) (from line \(line)) resembles \(closest) (\(similarity) similar) but differs from its official text, so it is not \(closest)."
        }
        static func restore(_ id: String) -> String {
            "Replace the text with the official text of \(id) unchanged, or name the licence it really is."
        }
        static func unrecognised(_ path: String) -> String { "\(path) states no licence fairpack recognises." }
        static let useOfficial = "Put the official text of the licence in the file, or a line such as `SPDX-License-Identifier: etalab-2.0` with the licence's URL."
    }
}
