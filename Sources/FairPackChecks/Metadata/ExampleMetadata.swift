import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `deposit.yaml` texts the checks' examples are built from.
enum ExampleMetadata {
    /// A deposit.yaml that every metadata check accepts with its default parameters.
    static let complete = """
        title: "Entretiens avec des enseignants sur le numérique scolaire"
        description: "Index pseudonymisé de vingt-cinq entretiens semi-directifs menés en 2021 dans trois académies."
        licence: etalab-2.0
        language: fr
        keywords: [numérique éducatif, entretiens, innovation pédagogique]
        subjects: [Social Sciences]
        dates: { created: 2020-10-26, updated: 2023-06-30, published: 2023-12-04 }
        authors:
          - name: "Cerisier, Jean-François"
            orcid: 0000-0002-3992-0547
        contact: { name: "Nguyen, Aurélien", email: "aurelien.nguyen@univ-poitiers.fr" }
        """

    /// `complete` with the line that starts with `key:` replaced by `line` (or removed when nil).
    static func replacing(_ key: String, with line: String?) -> String {
        complete.split(separator: "\n", omittingEmptySubsequences: false).compactMap { current in
            current.hasPrefix(key + ":") ? line : String(current)
        }.joined(separator: "\n")
    }
}
