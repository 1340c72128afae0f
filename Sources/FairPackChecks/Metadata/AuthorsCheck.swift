import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.authors`: at least one author, every author has a name (a person's `name:` or an
/// `organization:`), and authors' e-mail addresses are valid.
public struct AuthorsCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.authors",
        title: "Every author is named",
        rationale: "Dataverse and HAL refuse a deposit without an author name; credit and citation depend on it.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.replacing("authors", with: "authors: [{ organization: \"Université de Poitiers\", ror: \"https://ror.org/04xhy8q59\" }]")
                .replacingOccurrences(of: "  - name: \"Cerisier, Jean-François\"\n    orcid: 0000-0002-3992-0547\n", with: "")),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("authors", with: nil)
                .replacingOccurrences(of: "  - name: \"Cerisier, Jean-François\"\n    orcid: 0000-0002-3992-0547\n", with: "")).landing(at: .pointer("/authors")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "- name: \"Cerisier, Jean-François\"\n   ",
                                                                          with: "-")).landing(at: .pointer("/authors/0/name")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "    orcid: 0000-0002-3992-0547\n",
                                                                      with: "    orcid: 0000-0002-3992-0547\n    email: cerisier@ofb\n")).landing(at: .pointer("/authors/0/email")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let authors = metadata.authors, !authors.value.isEmpty else {
            let location = metadata.authors?.location ?? metadata.rootLocation.missing("authors")
            return [.metadata(Messages.none, fix: Messages.addAuthors, at: location)]
        }
        return authors.value.enumerated().flatMap { index, author -> [Problem] in
            var problems: [Problem] = []
            let name = author.value.displayName?.value.trimmingCharacters(in: .whitespaces) ?? ""
            if name.isEmpty {
                problems.append(.metadata(Messages.unnamed(index + 1), fix: Messages.addName,
                                          at: author.value.name?.location ?? author.location.missing("name")))
            }
            if let email = author.value.email, !email.value.trimmingCharacters(in: .whitespaces).isEmpty, Email(email.value) == nil {
                problems.append(.metadata(Messages.invalidEmail(email.value), fix: Messages.correctEmail, at: email.location))
            }
            return problems
        }
    }

    enum Messages {
        static let none = "deposit.yaml names no author."
        static let addAuthors = "Add `authors:` with one `- name: \"Family, Given\"` entry per author."
        static func unnamed(_ position: Int) -> String { "Author \(position) has no `name`." }
        static let addName = "Add `name: \"Family, Given\"` to this author (or `organization:` for an organisation)."
        static func invalidEmail(_ value: String) -> String { "The author e-mail \"\(value)\" is not a valid address." }
        static let correctEmail = "Write the address as name@domain.tld, or remove `email:`."
    }
}
