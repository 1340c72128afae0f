import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackLicences
/// `metadata.licence`: the deposit, and every file or deliverable that overrides it, names a
/// licence by its SPDX id; the deposit's own licence is optionally one of an allowed list
/// (per-file licences, such as a software licence on code, are `licence.per-file`'s concern).
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
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: code/run.py, licence: MIT }]",
                         settings: ["allowed": .list(["etalab-2.0"])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("licence", with: nil)).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: Licence Ouverte 2.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: GPL-2.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete, settings: ["allowed": .list(["CC-BY-4.0"])]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: CC-BY-4.2 }]").landing(at: .pointer("/files/0/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC BY 4.0")).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: Open Licence")).landing(at: .pointer("/licence")),
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
        var problems = problems(for: licence, allowed: allowed)
        for file in metadata.files {
            if let override = file.value.licence { problems += self.problems(for: override, allowed: []) }
        }
        for deliverable in metadata.deliverables {
            if let override = deliverable.value.licence { problems += self.problems(for: override, allowed: []) }
        }
        return problems
    }

    private func problems(for licence: Located<String>, allowed: [String]) -> [Problem] {
        guard let known = SPDXLicence.named(licence.value) else {
            let suggestion = Self.suggestion(for: licence.value)
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

    /// The SPDX id meant by a licence written by name: the licence engine's reading first
    /// ("Licence Ouverte 2.0", "Open Licence", "CC BY 4.0"), else the SPDX list's loose names.
    static func suggestion(for name: String) -> String? {
        LicenceNameResolver.suggestion(for: name)?.licenceId ?? SPDXLicence.suggestion(for: name)
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
