import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `ror.checksum`: every ROR id of an affiliation is well formed and passes its check digits.
public struct RORChecksumCheck: Check {
    public static let description = CheckDescription(
        id: "ror.checksum",
        title: "ROR ids are valid",
        rationale: "A ROR id identifies the institution beyond its many spellings; a mistyped one points to another organisation or none. Its last two digits are an ISO 7064 MOD 97-10 checksum.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(IdentifierExamples.valid)],
        failing: [
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", affiliation: { name: Techné, ror: \"https://ror.org/04xhy8q58\" } }")).landing(at: .pointer("/authors/0/affiliation/ror")),
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", affiliation: { name: Techné, ror: \"Université de Poitiers\" } }")).landing(at: .pointer("/authors/0/affiliation/ror")),
            CheckExample(IdentifierExamples.authors("  - { organization: \"Université de Poitiers\", ror: \"https://ror.org/04xhy8q58\" }")).landing(at: .pointer("/authors/0/ror")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let people = (metadata.authors?.value ?? []) + (metadata.contact.map { [$0] } ?? [])
        var rors = people.flatMap { [$0.value.affiliation?.value.ror, $0.value.ror] }
        rors += [metadata.publisher?.value.ror] + metadata.funding.map(\.value.funderROR)
        return rors.compactMap { ror in
            guard let ror, !ror.value.isEmpty else { return nil }
            switch ROR.validate(ror.value) {
            case .success:
                return nil
            case .failure(.format):
                return .metadata(Messages.malformed(ror.value), fix: Messages.lookUp, at: ror.location)
            case .failure(.checksum):
                return .metadata(Messages.checksum(ror.value), fix: Messages.lookUp, at: ror.location)
            }
        }
    }

    enum Messages {
        static func malformed(_ value: String) -> String {
            "\"\(value)\" is not a ROR id (https://ror.org/ followed by 9 characters)."
        }
        static func checksum(_ value: String) -> String { "The ROR id \(value) fails its check digits." }
        static let lookUp = "Copy the id from the organisation's page on https://ror.org."
    }
}
