import FairPackBase
import FairPackDeposit
import FairPackInspection

/// `licence.accepted`: the deposit's licence is one the profile accepts (the target
/// repository's menu, or the licence a profile is about). Per-file licences are left to
/// `licence.per-file`: code may keep its software licence.
public struct LicenceAcceptedCheck: Check {
    public static let description = CheckDescription(
        id: "licence.accepted",
        title: "The deposit's licence is one the profile accepts",
        rationale: "Repositories offer a fixed menu of licences, and a deposit meant to be under a given licence must say so.",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [Self.acceptedParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.complete, settings: ["accepted": .list(["etalab-2.0", "CC-BY-4.0"])]),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: code/run.py, licence: MIT }]",
                         settings: ["accepted": .list(["etalab-2.0"])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, settings: ["accepted": .list(["CC-BY-4.0"])]).landing(at: .pointer("/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-NC-4.0"),
                         settings: ["accepted": .list(["etalab-2.0", "CC-BY-4.0", "CC0-1.0"])]).landing(at: .pointer("/licence")),
        ])

    /// The `accepted` parameter.
    static let acceptedParameter = Parameter<[String]>(
        "accepted", "Licence ids (SPDX) the deposit may be published under; empty accepts any.", default: [])

    let accepted: [String]

    public init(settings: CheckSettings) {
        accepted = settings[Self.acceptedParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard !accepted.isEmpty, let licence = deposit.metadata?.licence else { return [] }
        // A licence written by name is `metadata.licence`'s concern; here what it means is compared.
        let id = (LicenceEvidence.depositLicence(deposit)?.id ?? licence.value.trimmingCharacters(in: .whitespaces)).lowercased()
        guard !accepted.contains(where: { $0.lowercased() == id }) else { return [] }
        return [.metadata(Messages.refused(licence.value, accepted), fix: Messages.choose(accepted), at: licence.location)]
    }

    enum Messages {
        static func refused(_ licence: String, _ accepted: [String]) -> String {
            "The deposit's licence \(licence) is not one this profile accepts (\(accepted.joined(separator: ", ")))."
        }
        static func choose(_ accepted: [String]) -> String {
            "Publish the data under \(accepted.prefix(4).joined(separator: " or ")), or audit with a profile meant for this licence."
        }
    }
}
