import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `orcid.range`: every ORCID iD lies in a block ORCID allocates.
public struct ORCIDRangeCheck: Check {
    public static let description = CheckDescription(
        id: "orcid.range",
        title: "ORCID iDs are in ORCID's blocks",
        rationale: "ORCID issues iDs from two ISNI blocks (0000-0001-5000-0007 to 0000-0003-5000-0001, and 0009-0000-0000-0000 to 0009-0010-0000-0000); an iD outside them is an ISNI or a placeholder, not a person's ORCID.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(IdentifierExamples.valid)],
        failing: [CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0000-0000-0001 }")).landing(at: .pointer("/authors/0/orcid"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.invalidORCIDs.compactMap { item, problem in
            guard problem == .range else { return nil }
            return .metadata(Messages.outside(item.value.value, item.owner), fix: Messages.check, at: item.value.location)
        }
    }

    enum Messages {
        static func outside(_ value: String, _ owner: String) -> String {
            "\(value) (\(owner)) is outside the blocks ORCID allocates, so it is not an ORCID iD."
        }
        static let check = "Use the person's iD from orcid.org; placeholders such as 0000-0000-0000-0000 must be replaced."
    }
}
