import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `hal.deliverable.domain`: each deliverable has a HAL domain code of the right form.
public struct HALDomainCheck: Check {
    public static let description = CheckDescription(
        id: "hal.deliverable.domain",
        title: "Deliverables have a HAL domain code",
        rationale: "HAL requires a scientific domain for every deposit, written as a dotted code from its classification (`shs.edu`, `info.eiah`).",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(HALExamples.complete)],
        failing: [
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, type: REPORT, domain: \"Sciences de l'éducation\" }")).landing(at: .pointer("/deliverables/0/domain")),
            CheckExample(HALExamples.deposit("{ path: deliverables/rapport.pdf, type: REPORT }")).landing(at: .pointer("/deliverables/0/domain")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.deliverables.compactMap { entry in
            let name = entry.value.path?.value ?? "a deliverable"
            guard let domain = entry.value.domain else {
                return .metadata(Messages.missing(name), fix: Messages.add, at: entry.location.missing("domain"))
            }
            guard domain.value.range(of: "^[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", options: .regularExpression) == nil else {
                return nil
            }
            return .metadata(Messages.malformed(domain.value, name), fix: Messages.add, at: domain.location)
        }
    }

    enum Messages {
        static func missing(_ path: String) -> String { "The deliverable \(path) has no HAL `domain`." }
        static func malformed(_ value: String, _ path: String) -> String {
            "\"\(value)\" (\(path)) is not a HAL domain code."
        }
        static let add = "Set `domain:` to the HAL code of the field, lower case and dotted, e.g. shs.edu or info.eiah."
    }
}
