import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.contact`: a contact person with a valid e-mail address.
public struct ContactCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.contact",
        title: "The deposit has a contact with a valid e-mail",
        rationale: "Dataverse requires a point of contact e-mail (`datasetContactEmail`); it is how reusers ask questions about the data.",
        principle: "R1",
        defaultSeverity: .error,
        parameters: [Self.requireNameParameter.declaration],
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(ExampleMetadata.replacing("contact", with: nil)).landing(at: .pointer("/contact")),
            CheckExample(ExampleMetadata.replacing("contact", with: "contact: { name: \"Nguyen, Aurélien\" }")).landing(at: .pointer("/contact/email")),
            CheckExample(ExampleMetadata.replacing("contact", with: "contact: { name: \"Nguyen\", email: \"nguyen@univ\" }")).landing(at: .pointer("/contact/email")),
            CheckExample(ExampleMetadata.replacing("contact", with: "contact: { name: \"Nguyen\", email: \"nguyen@example.org\" }")).landing(at: .pointer("/contact/email")),
        ])

    /// The `require-name` parameter.
    static let requireNameParameter = Parameter<Bool>("require-name", "Whether the contact must also have a name.", default: true)

    let requireName: Bool

    public init(settings: CheckSettings) {
        requireName = settings[Self.requireNameParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        guard let contact = metadata.contact else {
            return [.metadata(Messages.missing, fix: Messages.addContact, at: metadata.rootLocation.missing("contact"))]
        }
        var problems: [Problem] = []
        if requireName, (contact.value.displayName?.value.trimmingCharacters(in: .whitespaces) ?? "").isEmpty {
            problems.append(.metadata(Messages.noName, fix: Messages.addName,
                                      at: contact.value.name?.location ?? contact.location.missing("name")))
        }
        if let email = contact.value.email, !email.value.trimmingCharacters(in: .whitespaces).isEmpty {
            if Email(email.value) == nil {
                problems.append(.metadata(Messages.invalid(email.value), fix: Messages.correct, at: email.location))
            } else if Self.isPlaceholder(email.value) {
                var problem = Problem.metadata(Messages.placeholder(email.value), fix: Messages.realAddress, at: email.location)
                problem.severity = .warning
                problems.append(problem)
            }
        } else {
            problems.append(.metadata(Messages.noEmail, fix: Messages.addEmail,
                                      at: contact.value.email?.location ?? contact.location.missing("email")))
        }
        return problems
    }

    /// True for an address at a domain reserved for examples (RFC 2606: example.org, example.com,
    /// example.net, *.example, *.test, *.invalid), which nobody reads.
    static func isPlaceholder(_ address: String) -> Bool {
        guard let domain = address.split(separator: "@").last?.lowercased() else { return false }
        let labels = domain.split(separator: ".")
        if ["example.org", "example.com", "example.net", "example.edu"].contains(where: { domain == $0 || domain.hasSuffix("." + $0) }) {
            return true
        }
        return ["example", "test", "invalid", "localhost"].contains(labels.last.map(String.init) ?? "")
    }

    enum Messages {
        static let missing = "deposit.yaml has no `contact`."
        static let addContact = "Add `contact: { name: \"Family, Given\", email: \"…\" }` for the person who answers questions on the data."
        static let noName = "The contact has no `name`."
        static let addName = "Add `name:` to `contact`."
        static let noEmail = "The contact has no `email`."
        static let addEmail = "Add `email:` to `contact`; Dataverse will not accept the dataset without it."
        static func invalid(_ value: String) -> String { "The contact e-mail \"\(value)\" is not a valid address." }
        static let correct = "Write the address as name@domain.tld, without spaces or brackets."
        static func placeholder(_ value: String) -> String { "The contact e-mail \"\(value)\" is at a domain reserved for examples: nobody will read it." }
        static let realAddress = "Write the address of the person who answers questions on the data."
    }
}
