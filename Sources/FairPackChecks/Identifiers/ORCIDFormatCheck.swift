import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `orcid.format`: every ORCID iD is written as 16 digits in four groups (the last may be X).
public struct ORCIDFormatCheck: Check {
    public static let description = CheckDescription(
        id: "orcid.format",
        title: "ORCID iDs are well formed",
        rationale: "Repositories link a person by an iD of the form 0000-0002-1825-0097 or https://orcid.org/…; anything else is not linked, and Dataverse refuses it.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(IdentifierExamples.valid)],
        failing: [
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: 0000-0002-3992-054 }")).landing(at: .pointer("/authors/0/orcid")),
            CheckExample(IdentifierExamples.authors("  - { name: \"Cerisier, Jean-François\", orcid: \"https://orcid.org/jfcerisier\" }")).landing(at: .pointer("/authors/0/orcid")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.invalidORCIDs.compactMap { item, problem in
            guard problem == .format else { return nil }
            return .metadata(Messages.malformed(item.value.value, item.owner), fix: Messages.rewrite, at: item.value.location)
        }
    }

    enum Messages {
        static func malformed(_ value: String, _ owner: String) -> String {
            "\"\(value)\" (\(owner)) is not an ORCID iD: it needs 16 characters in four groups of four."
        }
        static let rewrite = "Copy the iD from the person's ORCID record, e.g. 0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097."
    }
}
