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

    /// The report as JSON with sorted keys and two-space indentation, ending in a newline.
    /// It cannot fail: every value is text, a number, a flag, a list or an object.
    public func render() -> String {
        let document: [String: Any] = [
            "tool": ["name": "fairpack", "version": FairPackVersion.current],
            "root": result.root,
            "profiles": result.profiles,
            "summary": [
                "compliant": result.isCompliant, "errors": result.count(.error), "warnings": result.count(.warning),
                "notes": result.count(.note), "files": result.files.count, "bytes": result.bytes,
                "fair": result.fairScores,
            ] as [String: Any],
            "findings": result.findings.map(Self.object),
            "files": result.files.map { Self.object($0, facts: result.facts[$0.path]) },
            "excluded": result.excluded,
            "licences": licences,
        ]
        return JSONWriter.text(document)
    }

    /// A file as a JSON object: its path and size, then what the read identified
    /// (`mediaType`, `puid`, `formatName`) and its digests (`sha256`…), when gathered.
    static func object(_ file: FileEntry, facts: FileFacts?) -> [String: Any] {
        var object: [String: Any] = ["path": file.path, "size": file.size]
        guard let facts else { return object }
        if let mediaType = facts.mediaType { object["mediaType"] = mediaType }
        if let puid = facts.puid { object["puid"] = puid }
        if let name = facts.format?.name { object["formatName"] = name }
        for (algorithm, digest) in facts.digests { object[algorithm.rawValue] = digest }
        return object
    }

    /// Every licence text or notice found, by path then line: `path`, `spdx`, `kind` (`full`,
    /// `notice` or `mention`), `confidence`, `line`, and `altered: true` for an altered text.
    var licences: [[String: Any]] {
        result.licences.keys.sorted().flatMap { path in
            (result.licences[path]?.statements ?? []).sorted { ($0.line, $0.spdx) < ($1.line, $1.spdx) }.map { statement in
                var object: [String: Any] = [
                    "path": path, "spdx": statement.spdx, "kind": statement.kind.reportName,
                    "confidence": (statement.confidence * 100).rounded() / 100, "line": statement.line,
                ]
                if statement.isAltered { object["altered"] = true }
                return object
            }
        }
    }

    /// A finding as a JSON object: absent values are left out.
    static func object(_ finding: Finding) -> [String: Any] {
        var object: [String: Any] = [
            "rule": finding.rule, "severity": finding.severity.rawValue, "message": finding.message, "fix": finding.fix,
        ]
        if let path = finding.path { object["path"] = path }
        if let line = finding.line { object["line"] = line }
        if let column = finding.column { object["column"] = column }
        if let pointer = finding.pointer { object["pointer"] = pointer }
        if let principle = finding.principle { object["principle"] = principle }
        if let profile = finding.profile { object["profile"] = profile }
        return object
    }
}
