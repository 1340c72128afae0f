import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// The formats `fairpack check --format` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people: grouped by file, with fixes and a summary line.
    case text
    /// For machines: the stable keys of DESIGN §4.
    case json

    /// Renders `result` in this format. `colour` applies to text only.
    public func render(_ result: AuditResult, colour: Bool = false) -> String {
        switch self {
        case .text: return TextReport(result: result, colour: colour).render()
        case .json: return JSONReport(result: result).render()
        }
    }
}
