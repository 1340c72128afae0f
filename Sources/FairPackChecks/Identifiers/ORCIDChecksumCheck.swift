import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `orcid.checksum`: every ORCID iD's last character is its ISO 7064 MOD 11-2 check character.
public struct ORCIDChecksumCheck: Check {
    public static let description = CheckDescription(
        id: "orcid.checksum",
        title: "ORCID check digits are right",
        rationale: "A mistyped digit gives an iD that looks right but names nobody, or somebody else; the check character catches almost every such typo.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(IdentifierExamples.valid)],
        failing: [CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0002-3992-0548 }")).landing(at: .pointer("/authors/0/orcid"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.invalidORCIDs.compactMap { item, problem in
            guard case .checksum(let expected) = problem else { return nil }
            return .metadata(Messages.wrong(item.value.value, item.owner, expected), fix: Messages.recopy,
                             at: item.value.location)
        }
    }

    enum Messages {
        static func wrong(_ value: String, _ owner: String, _ expected: Character) -> String {
            "The ORCID iD \(value) (\(owner)) fails its check digit (the last character would be \(expected) for these first 15 digits)."
        }
        static let recopy = "A digit is mistyped: copy the iD again from the person's ORCID record."
    }
}
