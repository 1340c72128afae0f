import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.authors`: at least one author, and every author has a name.
public struct AuthorsCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.authors",
        title: "Every author is named",
        rationale: "Dataverse and HAL refuse a deposit without an author name; credit and citation depend on it.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("authors", with: nil)
                .replacingOccurrences(of: "  - name: \"Cerisier, Jean-François\"\n    orcid: 0000-0002-3992-0547\n", with: "")).landing(at: .pointer("/authors")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "- name: \"Cerisier, Jean-François\"\n   ",
                                                                          with: "-")).landing(at: .pointer("/authors/0/name")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let authors = metadata.authors, !authors.value.isEmpty else {
            let location = metadata.authors?.location ?? metadata.rootLocation.missing("authors")
            return [.metadata(Messages.none, fix: Messages.addAuthors, at: location)]
        }
        return authors.value.enumerated().compactMap { index, author in
            let name = author.value.name?.value.trimmingCharacters(in: .whitespaces) ?? ""
            guard name.isEmpty else { return nil }
            return .metadata(Messages.unnamed(index + 1), fix: Messages.addName,
                             at: author.value.name?.location ?? author.location.missing("name"))
        }
    }

    enum Messages {
        static let none = "deposit.yaml names no author."
        static let addAuthors = "Add `authors:` with one `- name: \"Family, Given\"` entry per author."
        static func unnamed(_ position: Int) -> String { "Author \(position) has no `name`." }
        static let addName = "Add `name: \"Family, Given\"` to this author."
    }
}
