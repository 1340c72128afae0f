import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `hal.deliverable.type`: each deliverable has a HAL document type code.
public struct HALDocumentTypeCheck: Check {
    /// HAL's document type codes (`docType_s`) and the sub-types of the 2022 typology.
    static let codes = [
        "ART", "COMM", "POSTER", "PRESCONF", "PROCEEDINGS", "ISSUE", "OUV", "COUV", "DOUV", "BLOG", "NOTICE", "TRAD",
        "PATENT", "UNDEFINED", "PREPRINT", "WORKINGPAPER", "REPORT", "RESREPORT", "TECHREPORT", "FUNDREPORT",
        "EXPERTREPORT", "DMP", "CREPORT", "OTHERREPORT", "REPACT", "SYNTHESE", "NOTE", "MINUTES", "THESE", "HDR",
        "ETABTHESE", "MEM", "MEMLIC", "LECTURE", "IMG", "VIDEO", "SON", "MAP", "SOFTWARE", "OTHER", "DATAPAPER",
        "ARTREV", "BOOKREVIEW",
    ]

    public static let description = CheckDescription(
        id: "hal.deliverable.type",
        title: "Deliverables have a HAL document type",
        rationale: "HAL files every deposit under a document type (REPORT, ART, COMM, …) that decides which other metadata it requires.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(HALExamples.complete)],
        failing: [
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, type: Rapport }")).landing(at: .pointer("/deliverables/0/type")),
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf }")).landing(at: .pointer("/deliverables/0/type")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.deliverables.compactMap { entry in
            let name = entry.value.path?.value ?? "a deliverable"
            guard let type = entry.value.type else {
                return .metadata(Messages.missing(name), fix: Messages.add, at: entry.location.missing("type"))
            }
            guard !Self.codes.contains(type.value) else { return nil }
            let suggestion = Self.codes.first { $0 == type.value.uppercased() }
                ?? NearestWord.find(type.value, in: Self.codes, maxDistance: 2)
            return .metadata(Messages.unknown(type.value, name), fix: Messages.replace(suggestion), at: type.location)
        }
    }

    enum Messages {
        static func missing(_ path: String) -> String { "The deliverable \(path) has no HAL `type`." }
        static let add = "Add `type:` with a HAL document type code: REPORT for a report, ART for an article, COMM for a conference paper."
        static func unknown(_ value: String, _ path: String) -> String {
            "\"\(value)\" (\(path)) is not a HAL document type code."
        }
        static func replace(_ suggestion: String?) -> String {
            suggestion.map { "Write \($0)." } ?? "Use a HAL code such as REPORT, ART, COMM, OUV, COUV, THESE, POSTER or OTHER."
        }
    }
}
