import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackLicences

/// `licence.attribution`: the deposit states what its licence requires reusers to credit:
/// for Etalab 2.0 the producer and the date of last update; for CC BY 4.0 the creators, a
/// notice naming the licence and its URL (or text). The producer and the date may be given in
/// deposit.yaml (`authors:`, `dates.updated`) or in the root README ("Producteur : …",
/// "Dernière mise à jour : 2024-03-12", a `## Auteurs` section, a copyright line).
public struct LicenceAttributionCheck: Check {
    public static let description = CheckDescription(
        id: "licence.attribution",
        title: "The deposit states what its licence asks reusers to credit",
        rationale: "Etalab 2.0 asks reusers to name the producer and the date of last update; CC BY 4.0 the creators, the licence and its URL. Reusers can only credit what the deposit states.",
        principle: "R1.1",
        defaultSeverity: .error,
        needs: [.licences],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-4.0"), files: [LicenceEvidence.file("LICENSE")],
                         facts: [LicenceEvidence.facts("LICENSE", [LicenceEvidence.ccByText])]),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC0-1.0").replacingOccurrences(of: "dates:", with: "old-dates:")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "updated: 2023-06-30, ", with: "")
                            .replacingOccurrences(of: "authors:", with: "old-authors:"),
                         files: [LicenceEvidence.file("README.md")],
                         facts: [LicenceEvidence.readmeFacts("README.md", producerLine: 3, updateLine: 4)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "updated: 2023-06-30, ", with: ""))
                .landing(at: .pointer("/dates/updated")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "authors:", with: "old-authors:"))
                .landing(at: .pointer("/authors")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-4.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-4.0"), files: [LicenceEvidence.file("README.md")],
                         facts: [LicenceEvidence.facts("README.md", [LicenceStatement(spdx: "CC-BY-4.0", kind: .notice, confidence: 0.9, line: 9)])])
                .landing(at: .pointer("/licence")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata, let declared = metadata.licence,
              let licence = LicenceEvidence.depositLicence(deposit) else { return [] }
        let readmeFacts = LicenceEvidence.readmes(deposit).compactMap { deposit.facts[$0]?.licences }
        let named = (metadata.authors?.value ?? []).contains { !($0.value.name?.value.isEmpty ?? true) }
            || readmeFacts.contains { $0.producerLine != nil }
        let updated = metadata.dates?.value.updated != nil || readmeFacts.contains { $0.updateLine != nil }
        let statements = (LicenceEvidence.rootLicenceFiles(deposit) + LicenceEvidence.readmes(deposit))
            .flatMap { LicenceEvidence.statements(deposit, $0) }
            .filter { LicenceEvidence.states($0, licence) }
        var problems: [Problem] = []
        for element in licence.attribution.required {
            switch element {
            case .producer where !named, .creators where !named:
                problems.append(.metadata(Messages.noAuthors(licence.id, element), fix: Messages.addAuthors,
                                          at: metadata.authors?.location ?? metadata.rootLocation.missing("authors")))
            case .lastUpdateDate where !updated:
                let location = metadata.dates.map { $0.location.missing("updated") }
                    ?? metadata.rootLocation.missing("dates").missing("updated")
                problems.append(.metadata(Messages.noUpdate(licence.id), fix: Messages.addUpdate, at: location))
            case .licenceNotice where statements.isEmpty:
                problems.append(.metadata(Messages.noNotice(licence.id), fix: Messages.addNotice(licence), at: declared.location))
            case .licenceURL where !statements.isEmpty && !statements.contains(where: { $0.kind == .url || $0.isText }):
                problems.append(.metadata(Messages.noURL(licence.id), fix: Messages.addURL(licence), at: declared.location))
            default:
                continue
            }
        }
        return problems
    }

    enum Messages {
        static func noAuthors(_ id: String, _ element: AttributionElement) -> String {
            "\(id) requires reusers to name the \(element == .producer ? "producer" : "creators"), but neither deposit.yaml nor the README names one."
        }
        static let addAuthors = "List the producers under `authors:` with their names (\"Family, Given\") and affiliations."
        static func noUpdate(_ id: String) -> String {
            "\(id) requires reusers to give the date of last update, but deposit.yaml has no `dates.updated` and the README gives none."
        }
        static let addUpdate = "Add `updated:` under `dates:` with the date the data last changed (YYYY-MM-DD)."
        static func noNotice(_ id: String) -> String {
            "\(id) requires a notice naming the licence, but neither the licence file nor the README states it."
        }
        static func addNotice(_ licence: Licence) -> String {
            "Add a LICENSE with the text of \(licence.id), or a README line naming it\(licence.canonicalURL.map { " with \($0)" } ?? "")."
        }
        static func noURL(_ id: String) -> String {
            "\(id) requires the licence's URL or text, but the deposit only names it."
        }
        static func addURL(_ licence: Licence) -> String {
            "Add the licence's URL\(licence.canonicalURL.map { " (\($0))" } ?? "") to the README, or its full text as LICENSE."
        }
    }
}
