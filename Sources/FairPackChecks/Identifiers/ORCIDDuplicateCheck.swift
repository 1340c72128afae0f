import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `orcid.duplicate`: one ORCID iD is not given to two different names.
public struct ORCIDDuplicateCheck: Check {
    public static let description = CheckDescription(
        id: "orcid.duplicate",
        title: "No ORCID iD is shared by two people",
        rationale: "An iD copied from one author to the next credits the wrong person; the repository would merge two authors into one.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(IdentifierExamples.valid)],
        failing: [CheckExample(IdentifierExamples.authors("""
              - { name: "Cerisier, Jean-François", orcid: 0000-0002-3992-0547 }
              - { name: "Nguyen, Aurélien", orcid: "https://orcid.org/0000-0002-3992-0547" }
            """)).landing(at: .pointer("/authors/1/orcid"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        var firstHolder: [String: ORCIDValue] = [:]
        var problems: [Problem] = []
        for item in metadata.orcidValues {
            guard let orcid = ORCID(item.value.value), let name = item.name else { continue }
            if let first = firstHolder[orcid.identifier] {
                if let firstName = first.name, PersonName.key(firstName) != PersonName.key(name) {
                    problems.append(.metadata(Messages.shared(orcid.identifier, name, firstName), fix: Messages.correct,
                                              at: item.value.location))
                }
            } else {
                firstHolder[orcid.identifier] = item
            }
        }
        return problems
    }

    enum Messages {
        static func shared(_ id: String, _ name: String, _ other: String) -> String {
            "The ORCID iD \(id) of \(name) is also given to \(other)."
        }
        static let correct = "Give each person their own iD, copied from their ORCID record."
    }
}
