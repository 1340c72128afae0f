import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `hal.deliverable.file`: each deliverable's path names a PDF file of the deposit.
public struct HALFileCheck: Check {
    public static let description = CheckDescription(
        id: "hal.deliverable.file",
        title: "Deliverables are PDF files of the deposit",
        rationale: "HAL takes the full text as a PDF; a deliverable that points to a missing file, a folder or a Word document cannot be deposited as it is.",
        principle: "A1",
        defaultSeverity: .error,
        needs: [.pdf],
        passing: [CheckExample(HALExamples.complete, files: [HALExamples.reportFile], facts: [HALExamples.goodPDF])],
        failing: [
            CheckExample(HALExamples.complete).landing(at: .pointer("/deliverables/0/path")),
            CheckExample(HALExamples.complete, files: [HALExamples.reportFile], facts: [FileFacts(path: "deliverables/rapport.pdf")]).landing(at: .pointer("/deliverables/0/path")),
            CheckExample(HALExamples.deposit("{ type: REPORT, title: \"Rapport\" }")).landing(at: .pointer("/deliverables/0/path")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return metadata.deliverables.compactMap { entry in
            guard let path = entry.value.path else {
                return .metadata(Messages.noPath, fix: Messages.addPath, at: entry.location.missing("path"))
            }
            let relative = DepositPath.normalised(path.value)
            guard let file = deposit.inventory.entry(at: relative), file.kind == .file else {
                return .metadata(Messages.missing(path.value), fix: Messages.correctPath, at: path.location)
            }
            let facts = deposit.facts[relative]
            if let error = facts?.readError {
                return .metadata(Messages.unreadable(path.value, error), fix: Messages.permissions, at: path.location)
            }
            guard facts?.pdf != nil else {
                return .metadata(Messages.notPDF(path.value), fix: Messages.export, at: path.location)
            }
            return nil
        }
    }

    enum Messages {
        static let noPath = "A deliverable has no `path`."
        static let addPath = "Add `path:` with the file's path from the deposit root."
        static func missing(_ path: String) -> String { "The deliverable \(path) is not a file of the deposit." }
        static let correctPath = "Correct `path:` (it is relative to the deposit root, with / separators) or add the file."
        static func unreadable(_ path: String, _ error: String) -> String { "The deliverable \(path) cannot be read: \(error)." }
        static let permissions = "Make the file readable."
        static func notPDF(_ path: String) -> String { "The deliverable \(path) is not a PDF." }
        static let export = "Export the document as PDF (PDF/A if you can) and point `path:` to it."
    }
}
