import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// The SARIF 2.1.0 report, for code-scanning tools: every rule that ran under `tool.driver.rules`,
/// every finding as a result located relative to the deposit root (`uriBaseId` `DEPOSITROOT`;
/// deposit-wide findings on `deposit.yaml`, with a logical location naming the deposit),
/// with partial fingerprints that stay the same from one run to the next while the finding does.
public struct SARIFReport: Sendable {
    /// The base id that every artifact location is relative to: the deposit folder.
    public static let rootBaseId = "DEPOSITROOT"
    /// The key of fairpack's partial fingerprint in each result.
    public static let fingerprintKey = "fairpackFinding/v1"

    /// The audit to report.
    public let result: AuditResult
    /// The absolute URI of the deposit folder, ending in `/`; nil leaves `originalUriBaseIds` out.
    public let rootURI: String?

    /// Creates the report. `rootURI` defaults to the deposit folder resolved against the
    /// current directory (`file:///…/`).
    public init(result: AuditResult, rootURI: String? = nil) {
        self.result = result
        self.rootURI = rootURI ?? Self.fileURI(of: result.root)
    }

    /// The report as JSON (sorted keys, two-space indentation), ending in a newline.
    public func render() -> String {
        let rules = ReportRule.all(in: result)
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var run: [String: Any] = [
            "tool": ["driver": [
                "name": "fairpack", "version": FairPackVersion.current, "semanticVersion": FairPackVersion.current,
                "rules": rules.map(Self.rule),
            ] as [String: Any]],
            "columnKind": "unicodeCodePoints",
            "results": Self.results(result.findings, index: index),
            "properties": ["profiles": result.profiles, "compliant": result.isCompliant, "fair": result.fairScores] as [String: Any],
        ]
        if let rootURI {
            run["originalUriBaseIds"] = [Self.rootBaseId: ["uri": rootURI]]
        }
        let document: [String: Any] = [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        return JSONWriter.text(document)
    }

    /// A rule as a SARIF reporting descriptor.
    static func rule(_ rule: ReportRule) -> [String: Any] {
        var properties: [String: Any] = [:]
        if let principle = rule.principle {
            properties["fairPrinciple"] = principle
            properties["tags"] = ["FAIR", principle]
        }
        if let profile = rule.profile { properties["profile"] = profile }
        var descriptor: [String: Any] = [
            "id": rule.id, "name": rule.name,
            "shortDescription": ["text": rule.shortDescription],
            "fullDescription": ["text": rule.fullDescription],
            "help": ["text": rule.help],
            "defaultConfiguration": ["level": level(rule.severity)],
        ]
        if !properties.isEmpty { descriptor["properties"] = properties }
        return descriptor
    }

    /// The findings as SARIF results, each with a fingerprint unique within the run.
    static func results(_ findings: [Finding], index: [String: Int]) -> [[String: Any]] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let base = fingerprint(finding)
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            var object: [String: Any] = [
                "ruleId": finding.rule, "level": level(finding.severity),
                "message": ["text": "\(finding.message) \(Words.fix) \(finding.fix)"],
                "partialFingerprints": [fingerprintKey: occurrence == 0 ? base : "\(base):\(occurrence)"],
            ]
            if let position = index[finding.rule] { object["ruleIndex"] = position }
            // Code-scanning services want a file for every result: a deposit-wide finding is
            // placed on deposit.yaml, where the deposit is described, and named as the deposit.
            var physical: [String: Any] = [
                "artifactLocation": ["uri": uri(finding.path ?? DepositMetadata.fileName), "uriBaseId": rootBaseId],
            ]
            if finding.path != nil, let line = finding.line, line > 0 {
                var region: [String: Any] = ["startLine": line]
                if let column = finding.column, column > 0 { region["startColumn"] = column }
                physical["region"] = region
            }
            var location: [String: Any] = ["physicalLocation": physical]
            if finding.path == nil { location["logicalLocations"] = [["name": Words.deposit, "kind": "module"]] }
            object["locations"] = [location]
            var properties: [String: Any] = ["fix": finding.fix]
            if let pointer = finding.pointer { properties["pointer"] = pointer }
            if let principle = finding.principle { properties["fairPrinciple"] = principle }
            if let profile = finding.profile { properties["profile"] = profile }
            object["properties"] = properties
            return object
        }
    }

    /// What identifies a finding across runs: its rule, file, and JSON pointer (or, without one,
    /// its message), but not its line, which moves when lines above it change.
    static func fingerprint(_ finding: Finding) -> String {
        StableDigest.hex([finding.rule, finding.path ?? "", finding.pointer ?? finding.message].joined(separator: "\u{0}"))
    }

    /// The SARIF level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// A relative path as a URI reference: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#%[]")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    /// `file:///…/` for a folder given relative to the current directory or absolute.
    static func fileURI(of folder: String) -> String {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let trimmed = absolute.hasSuffix("/") ? String(absolute.dropLast()) : absolute
        return "file://" + uri(trimmed) + "/"
    }

    enum Words {
        static let fix = "Fix:"
        static let deposit = "deposit"
    }
}
