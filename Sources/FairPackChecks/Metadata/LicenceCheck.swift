import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.licence`: the deposit, and every file or deliverable that overrides it, names a
/// licence by its SPDX id, optionally one of an allowed list.
public struct LicenceCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.licence",
        title: "The licence is a known SPDX identifier",
        rationale: "Reuse needs a clear licence that machines can read; repositories map SPDX ids to their licence menus (Etalab-2.0, CC-BY-4.0, …).",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [Self.allowedParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.complete, settings: ["allowed": .list(["etalab-2.0", "CC-BY-4.0"])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("licence", with: nil)).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: Licence Ouverte 2.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: GPL-2.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete, settings: ["allowed": .list(["CC-BY-4.0"])]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: CC-BY-4.2 }]").landing(at: .pointer("/files/0/licence")),
        ])

    /// The `allowed` parameter.
    static let allowedParameter = Parameter<[String]>("allowed", "SPDX ids the deposit may use; empty allows every licence of the SPDX list.",
                                    default: [])

    let allowed: [String]

    public init(settings: CheckSettings) {
        allowed = settings[Self.allowedParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let licence = metadata.licence else {
            return [.metadata(Messages.missing, fix: Messages.add(allowed), at: metadata.rootLocation.missing("licence"))]
        }
        var problems = problems(for: licence)
        for file in metadata.files {
            if let override = file.value.licence { problems += self.problems(for: override) }
        }
        for deliverable in metadata.deliverables {
            if let override = deliverable.value.licence { problems += self.problems(for: override) }
        }
        return problems
    }

    private func problems(for licence: Located<String>) -> [Problem] {
        guard let known = SPDXLicence.named(licence.value) else {
            let suggestion = SPDXLicence.suggestion(for: licence.value)
            return [.metadata(Messages.unknown(licence.value), fix: Messages.useId(suggestion), at: licence.location)]
        }
        if known.isDeprecated {
            return [.metadata(Messages.deprecated(known.id), fix: Messages.replaceDeprecated, at: licence.location)]
        }
        if !allowed.isEmpty, !allowed.contains(where: { $0.lowercased() == known.id.lowercased() }) {
            return [.metadata(Messages.notAllowed(known.id, allowed), fix: Messages.chooseAllowed(allowed),
                              at: licence.location)]
        }
        return []
    }

    enum Messages {
        static let missing = "deposit.yaml states no `licence`."
        static func add(_ allowed: [String]) -> String {
            "Add `licence:` with an SPDX id such as \(allowed.first ?? "etalab-2.0") or CC-BY-4.0."
        }
        static func unknown(_ value: String) -> String { "\"\(value)\" is not an SPDX licence id." }
        static func useId(_ suggestion: String?) -> String {
            suggestion.map { "Write the SPDX id `\($0)`." } ?? "Write the licence's SPDX id (https://spdx.org/licenses/)."
        }
        static func deprecated(_ id: String) -> String { "The SPDX id \(id) is deprecated." }
        static let replaceDeprecated = "Use the current id from https://spdx.org/licenses/ (for example GPL-2.0-only or GPL-2.0-or-later)."
        static func notAllowed(_ id: String, _ allowed: [String]) -> String {
            "The licence \(id) is not one this profile accepts (\(allowed.joined(separator: ", ")))."
        }
        static func chooseAllowed(_ allowed: [String]) -> String {
            "Publish under \(allowed.joined(separator: " or ")), or audit with a profile that accepts this licence."
        }
    }
}
