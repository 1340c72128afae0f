import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// The JSON report. Its keys are stable (DESIGN §4); keys may be added, never renamed.
public struct JSONReport: Sendable {
    /// The audit to report.
    public let result: AuditResult

    /// Creates the report.
    public init(result: AuditResult) {
        self.result = result
    }

    struct Document: Encodable {
        struct Tool: Encodable {
            let name: String
            let version: String
        }
        struct Summary: Encodable {
            let compliant: Bool
            let errors: Int
            let warnings: Int
            let notes: Int
            let files: Int
            let bytes: UInt64
            let fair: [String: Double]
        }
        struct File: Encodable {
            let path: String
            let size: UInt64
        }
        let tool: Tool
        let root: String
        let profiles: [String]
        let summary: Summary
        let findings: [Finding]
        let files: [File]
        let excluded: [String]
    }

    /// The report as pretty-printed JSON with sorted keys, ending in a newline.
    public func render() -> String {
        let document = Document(
            tool: .init(name: "fairpack", version: FairPackVersion.current),
            root: result.root, profiles: result.profiles,
            summary: .init(compliant: result.isCompliant, errors: result.count(.error), warnings: result.count(.warning),
                           notes: result.count(.note), files: result.files.count, bytes: result.bytes,
                           fair: result.fairScores),
            findings: result.findings,
            files: result.files.map { .init(path: $0.path, size: $0.size) },
            excluded: result.excluded)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
