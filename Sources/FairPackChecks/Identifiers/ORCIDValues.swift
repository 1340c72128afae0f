import FairPackBase
import FairPackDeposit
import FairPackInspection
/// The ORCID iDs written in deposit.yaml: each author's and the contact's.
struct ORCIDValue {
    /// Whose iD it is ("author 2", "the contact"), for messages.
    var owner: String
    /// The person's name, when given.
    var name: String?
    /// The iD as written.
    var value: Located<String>
}

extension DepositMetadata {
    /// Every written iD that fails validation, with the first rule it breaks.
    var invalidORCIDs: [(value: ORCIDValue, problem: ORCID.Problem)] {
        orcidValues.compactMap { item in
            guard case .failure(let problem) = ORCID.validate(item.value.value) else { return nil }
            return (item, problem)
        }
    }

    var orcidValues: [ORCIDValue] {
        var values: [ORCIDValue] = []
        for (index, author) in (authors?.value ?? []).enumerated() {
            if let orcid = author.value.orcid, !orcid.value.isEmpty {
                values.append(ORCIDValue(owner: "author \(index + 1)", name: author.value.name?.value, value: orcid))
            }
        }
        if let contact = contact?.value, let orcid = contact.orcid, !orcid.value.isEmpty {
            values.append(ORCIDValue(owner: "the contact", name: contact.name?.value, value: orcid))
        }
        return values
    }
}

/// deposit.yaml texts for the identifier checks' examples.
enum IdentifierExamples {
    static func authors(_ lines: String) -> String {
        """
        title: "Entretiens avec des enseignants"
        authors:
        \(lines)
        contact: { name: "Nguyen, Aurélien", email: "aurelien.nguyen@univ-poitiers.fr" }
        """
    }

    static let valid = authors("""
          - name: "Cerisier, Jean-François"
            orcid: 0000-0002-3992-0547
            affiliation: { name: "Techné, Université de Poitiers", ror: "https://ror.org/04xhy8q59" }
          - name: "Nguyen, Aurélien"
            orcid: https://orcid.org/0000-0003-0579-8173
            affiliation: "Université de Poitiers"
        """)
}
