import FairPackBase
import FairPackDeposit
import FairPackInspection
/// What the personal-data checks share: one problem per hit (masked, with its place and digest), hits a person
/// accepted in `deposit.yaml` left out.
enum PersonalDataRule {
    /// The `max-per-file` parameter.
    static let maximumParameter = Parameter<Int>("max-per-file", "The most findings reported per file; the rest are counted.",
                                                 default: 5, minimum: 1)

    /// The problems of `rule` for the hits of `category` (and, weaker, of `weaker`) in every file.
    static func problems(_ deposit: InspectedDeposit, rule: String, category: PersonalDataCategory,
                         weaker: PersonalDataCategory? = nil, maximum: Int) -> [Problem] {
        var problems: [Problem] = []
        for file in deposit.inventory.files {
            guard let found = deposit.facts[file.path]?.personalData else { continue }
            for kind in [category, weaker].compactMap({ $0 }) {
                let hits = found.hits.filter { $0.category == kind }
                let open = hits.filter { deposit.metadata?.accepts(rule: rule, path: file.path, digest: $0.digest) != true }
                let unseen = (found.counts[kind] ?? 0) - hits.count
                for (index, hit) in open.prefix(maximum).enumerated() {
                    let rest = index == min(open.count, maximum) - 1 ? open.count - maximum + unseen : 0
                    var problem = Problem(message: Messages.found(hit, more: max(rest, 0)),
                                          fix: Messages.fix(hit, rule: rule, path: file.path), path: file.path)
                    if kind == weaker { problem.severity = .note }
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// A file's personal-data facts holding `hits`, for examples.
    static func facts(_ hits: [PersonalDataFinding], path: String = "data/a.csv") -> FileFacts {
        var facts = FileFacts(path: path)
        var counts: [PersonalDataCategory: Int] = [:]
        for hit in hits { counts[hit.category, default: 0] += 1 }
        facts.personalData = PersonalDataFacts(hits: hits, counts: counts)
        return facts
    }

    /// An example holding `hits` in `data/a.csv`.
    static func example(_ hits: [PersonalDataFinding], metadata: String = ExampleMetadata.complete) -> CheckExample {
        CheckExample(metadata, files: [TableExamples.file], facts: [facts(hits)])
    }

    enum Messages {
        static func label(_ category: PersonalDataCategory) -> String {
            switch category {
            case .email: "An e-mail address"
            case .phone: "A phone number"
            case .nir: "A French social security number (NIR)"
            case .nirWithWrongKey: "A number shaped like a NIR (its key does not match)"
            case .iban: "An IBAN"
            case .ibanWithWrongChecksum: "A number shaped like an IBAN (its check digits do not match)"
            case .nameColumn: "A column of people's names"
            }
        }
        static func found(_ hit: PersonalDataFinding, more: Int) -> String {
            let rest = more > 0 ? " (and \(more) more in this file)" : ""
            return "\(label(hit.category)), \(hit.masked), is at \(hit.place)\(rest)."
        }
        static func fix(_ hit: PersonalDataFinding, rule: String, path: String) -> String {
            "Remove or pseudonymise it; if it may stay, accept it in deposit.yaml under `reviewed: accepted:` with `{rule: \(rule), path: \(path), digest: \(hit.digest)}`."
        }
    }
}

/// `personal-data.email`: no e-mail address in the data files, besides those the metadata publishes.
public struct PersonalEmailCheck: Check {
    public static let description = CheckDescription(
        id: "personal-data.email",
        title: "Data files hold no e-mail addresses",
        rationale: "An e-mail address identifies a person directly (GDPR art. 4): published data must not hold one unless that person agreed. Addresses deposit.yaml gives for the authors and contact are not reported.",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [PersonalDataRule.maximumParameter.declaration],
        needs: [.personalData],
        passing: [PersonalDataRule.example([])],
        failing: [PersonalDataRule.example([PersonalDataFinding(category: .email, place: TextPlace(line: 4, column: 12),
                                                                 masked: "a***@u***.fr", digest: String(repeating: "ab", count: 32))])
                    .landing(at: .path("data/a.csv"))])

    let maximum: Int
    public init(settings: CheckSettings) { maximum = settings[PersonalDataRule.maximumParameter] }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        PersonalDataRule.problems(deposit, rule: Self.description.id, category: .email, maximum: maximum)
    }
}

/// `personal-data.phone`: no phone number in the data files.
public struct PersonalPhoneCheck: Check {
    public static let description = CheckDescription(
        id: "personal-data.phone",
        title: "Data files hold no phone numbers",
        rationale: "A phone number identifies a person directly (GDPR art. 4): published data must not hold one unless that person agreed.",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [PersonalDataRule.maximumParameter.declaration],
        needs: [.personalData],
        passing: [PersonalDataRule.example([])],
        failing: [PersonalDataRule.example([PersonalDataFinding(category: .phone, place: TextPlace(line: 2, column: 5),
                                                                 masked: "06 ** ** ** 78", digest: String(repeating: "cd", count: 32))])
                    .landing(at: .path("data/a.csv"))])

    let maximum: Int
    public init(settings: CheckSettings) { maximum = settings[PersonalDataRule.maximumParameter] }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        PersonalDataRule.problems(deposit, rule: Self.description.id, category: .phone, maximum: maximum)
    }
}

/// `personal-data.nir`: no French social security number in the data files; a NIR-shaped number whose key
/// does not match gets a note.
public struct PersonalNIRCheck: Check {
    public static let description = CheckDescription(
        id: "personal-data.nir",
        title: "Data files hold no social security numbers",
        rationale: "The French social security number (NIR) identifies a person directly and its use is restricted by law (CNIL); it must never be published.",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [PersonalDataRule.maximumParameter.declaration],
        needs: [.personalData],
        passing: [PersonalDataRule.example([])],
        failing: [
            PersonalDataRule.example([PersonalDataFinding(category: .nir, place: TextPlace(line: 3, column: 1),
                                                          masked: "1 85 ** ** *** *** **", digest: String(repeating: "ef", count: 32))])
                .landing(at: .path("data/a.csv")),
            PersonalDataRule.example([PersonalDataFinding(category: .nirWithWrongKey, place: TextPlace(line: 3, column: 1),
                                                          masked: "1 85 ** ** *** *** **", digest: String(repeating: "ef", count: 32))])
                .landing(at: .path("data/a.csv")),
        ])

    let maximum: Int
    public init(settings: CheckSettings) { maximum = settings[PersonalDataRule.maximumParameter] }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        PersonalDataRule.problems(deposit, rule: Self.description.id, category: .nir, weaker: .nirWithWrongKey, maximum: maximum)
    }
}

/// `personal-data.iban`: no bank account number in the data files.
public struct PersonalIBANCheck: Check {
    public static let description = CheckDescription(
        id: "personal-data.iban",
        title: "Data files hold no bank account numbers",
        rationale: "An IBAN identifies a person's bank account; it has no place in published research data.",
        principle: "R1.1",
        defaultSeverity: .error,
        parameters: [PersonalDataRule.maximumParameter.declaration],
        needs: [.personalData],
        passing: [PersonalDataRule.example([])],
        failing: [PersonalDataRule.example([PersonalDataFinding(category: .iban, place: TextPlace(line: 8, column: 20),
                                                                 masked: "FR76 **** **** **** **** **** 189", digest: String(repeating: "01", count: 32))])
                    .landing(at: .path("data/a.csv"))])

    let maximum: Int
    public init(settings: CheckSettings) { maximum = settings[PersonalDataRule.maximumParameter] }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        PersonalDataRule.problems(deposit, rule: Self.description.id, category: .iban, weaker: .ibanWithWrongChecksum, maximum: maximum)
    }
}

/// `personal-data.names`: a note for a table column whose header says it holds people's names, unless
/// `deposit.yaml` declares the file `personal-data: none`.
public struct PersonalNamesCheck: Check {
    public static let description = CheckDescription(
        id: "personal-data.names",
        title: "Columns of people's names are deliberate",
        rationale: "A column named `nom` or `surname` usually holds people's names, which identify them directly; say in deposit.yaml whether the file holds personal data.",
        principle: "R1.1",
        defaultSeverity: .note,
        needs: [.table],
        passing: [TableExamples.example { $0.nameColumns = [.init(position: 2, name: "nom")] }.with(declaration: "none")],
        failing: [TableExamples.example { $0.nameColumns = [.init(position: 2, name: "nom")] }.landing(at: .path("data/a.csv"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        TableExamples.tables(deposit).flatMap { path, table -> [Problem] in
            if deposit.metadata?.fileDescription(for: path)?.personalData?.value.lowercased() == "none" { return [] }
            return table.nameColumns.map { column in
                Problem(message: Messages.names(column, line: table.headerLine), fix: Messages.fix, path: path)
            }
        }
    }

    enum Messages {
        static func names(_ column: TableFacts.NamedColumn, line: Int) -> String {
            "Column \(column.position), `\(column.name)` (line \(line)), is named as if it held people's names."
        }
        static let fix = "Pseudonymise the names, or declare the file under `files:` with `personal-data: none` if they are not people's."
    }
}

extension CheckExample {
    /// The example with `data/a.csv` declared `personal-data: <value>` in its metadata.
    func with(declaration value: String) -> CheckExample {
        var example = self
        example.metadata = (metadata ?? "") + "\nfiles:\n  - path: data/a.csv\n    personal-data: \(value)\n"
        return example
    }
}
