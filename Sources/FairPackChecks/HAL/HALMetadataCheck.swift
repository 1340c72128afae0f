import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `hal.deliverable.metadata`: each deliverable has what HAL requires of every deposit:
/// a title, a full-text language, an author with an affiliation, and a licence for the file;
/// and its `hal:` id, once deposited, is a HAL id.
public struct HALMetadataCheck: Check {
    public static let description = CheckDescription(
        id: "hal.deliverable.metadata",
        title: "Deliverables have HAL's required metadata",
        rationale: "HAL refuses a deposit without a title, the language of the full text, at least one author with an affiliation, and (since February 2026) a licence for each file.",
        principle: "R1",
        defaultSeverity: .error,
        passing: [
            CheckExample(HALExamples.complete),
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, type: REPORT, domain: shs.edu, language: en, title: \"Report\", licence: CC-BY-4.0 }")),
        ],
        failing: [
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, type: REPORT, domain: shs.edu }")).landing(at: .pointer("/deliverables/0/title")),
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, language: français, title: \"Rapport final\" }")).landing(at: .pointer("/deliverables/0/language")),
            CheckExample(HALExamples.complete.replacingOccurrences(of: ", affiliation: \"Techné, Université de Poitiers\"", with: "")).landing(at: .pointer("/authors")),
            CheckExample(HALExamples.complete.replacingOccurrences(of: "licence: etalab-2.0\n", with: "")).landing(at: .pointer("/deliverables/0/licence")),
            CheckExample(HALExamples.complete.replacingOccurrences(of: "hal: hal-04308773", with: "hal: HAL-4308773")).landing(at: .pointer("/deliverables/0/hal")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata, !metadata.deliverables.isEmpty else { return [] }
        var problems: [Problem] = []
        for entry in metadata.deliverables {
            let deliverable = entry.value
            let name = deliverable.path?.value ?? "a deliverable"
            if deliverable.title?.value.isEmpty ?? true {
                problems.append(.metadata(Messages.noTitle(name), fix: Messages.addTitle,
                                          at: deliverable.title?.location ?? entry.location.missing("title")))
            }
            if let language = deliverable.language {
                if LanguageCode(language.value) == nil {
                    problems.append(.metadata(Messages.badLanguage(language.value, name),
                                              fix: Messages.languageFix(LanguageCode.suggestion(for: language.value)),
                                              at: language.location))
                }
            } else {
                problems.append(.metadata(Messages.noLanguage(name), fix: Messages.addLanguage,
                                          at: entry.location.missing("language")))
            }
            if let hal = deliverable.hal, HALId(hal.value) == nil {
                problems.append(.metadata(Messages.badHALId(hal.value, name), fix: Messages.halForm, at: hal.location))
            }
            if licence(of: deliverable, in: metadata) == nil {
                problems.append(.metadata(Messages.noLicence(name), fix: Messages.addLicence,
                                          at: entry.location.missing("licence")))
            }
        }
        let affiliated = (metadata.authors?.value ?? []).contains {
            $0.value.isOrganization || !($0.value.affiliation?.value.name?.value.isEmpty ?? true)
        }
        if !affiliated {
            problems.append(.metadata(Messages.noAffiliation, fix: Messages.addAffiliation,
                                      at: metadata.authors?.location ?? metadata.rootLocation.missing("authors")))
        }
        return problems
    }

    /// The deliverable's own licence, else its `files:` entry's, else the deposit's.
    private func licence(of deliverable: Deliverable, in metadata: DepositMetadata) -> String? {
        if let own = deliverable.licence?.value { return own }
        if let path = deliverable.path.map({ DepositPath.normalised($0.value) }),
           let licence = metadata.fileDescription(for: path)?.licence {
            return licence.value
        }
        return metadata.licence?.value
    }

    enum Messages {
        static func noTitle(_ path: String) -> String { "The deliverable \(path) has no `title`." }
        static let addTitle = "Add `title:` with the document's title as printed on its first page."
        static func noLanguage(_ path: String) -> String { "The deliverable \(path) has no `language`." }
        static let addLanguage = "Add `language:` with the ISO 639-1 code of the full text (fr, en, …)."
        static func badLanguage(_ value: String, _ path: String) -> String {
            "\"\(value)\" (\(path)) is not an ISO 639-1 language code."
        }
        static func languageFix(_ suggestion: String?) -> String {
            suggestion.map { "Write `\($0)`." } ?? "Write the two-letter ISO 639-1 code (fr, en, …)."
        }
        static func badHALId(_ value: String, _ path: String) -> String {
            "\"\(value)\" (\(path)) is not a HAL id."
        }
        static let halForm = "Write the HAL id as shown on the record, e.g. hal-04308548 (a prefix, a hyphen, eight digits, optional v2)."
        static func noLicence(_ path: String) -> String { "No licence applies to the deliverable \(path)." }
        static let addLicence = "Set `licence:` on the deliverable or the deposit; HAL refuses files without one."
        static let noAffiliation = "No author has an affiliation, which HAL requires."
        static let addAffiliation = "Add `affiliation:` to at least one author."
    }
}
