import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit

/// GitHub Actions workflow commands, one line per finding, which the runner turns into
/// annotations: `::error file=…,line=…,col=…,title=…::message`. Errors are `error`, warnings
/// `warning`, notes `notice`. File paths are the deposit folder as given joined with the
/// finding's path, so they resolve from the workflow's working directory. The last line is a
/// `notice` with the summary.
public struct GitHubReport: Sendable {
    /// The audit to report.
    public let result: AuditResult

    /// Creates the report.
    public init(result: AuditResult) {
        self.result = result
    }

    /// The commands, one per line, ending in a newline.
    public func render() -> String {
        var lines = result.findings.map(command)
        let counts = TextReport.Words.counts(errors: result.count(.error), warnings: result.count(.warning), notes: result.count(.note))
        let verdict = result.isCompliant ? Words.compliant : Words.notCompliant
        lines.append("::notice title=\(Self.property("fairpack"))::\(Self.data(verdict(result.profiles.joined(separator: ", "), counts)))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One finding as a workflow command.
    func command(_ finding: Finding) -> String {
        var properties: [String] = []
        if let path = finding.path {
            properties.append("file=" + Self.property(Self.joined(result.root, path)))
            if let line = finding.line, line > 0 {
                properties.append("line=\(line)")
                if let column = finding.column, column > 0 { properties.append("col=\(column)") }
            }
        }
        properties.append("title=" + Self.property(finding.rule))
        let message = "\(finding.message)\n\(Words.fix) \(finding.fix)"
        return "::\(Self.command(finding.severity)) \(properties.joined(separator:","))::\(Self.data(message))"
    }

    /// The command for a severity.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// A command's message, escaped as the runner expects: `%`, CR and LF.
    public static func data(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A property value, escaped as the runner expects: as ``data(_:)``, plus `:` and `,`.
    public static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// `path` under `root`, unless `root` is the current folder.
    static func joined(_ root: String, _ path: String) -> String {
        var base = root
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        if base.isEmpty || base == "." { return path }
        if base.hasPrefix("./") { base.removeFirst(2) }
        return base == "/" ? "/" + path : base + "/" + path
    }

    enum Words {
        static let fix = "Fix:"
        static func compliant(_ profiles: String, _ counts: String) -> String { "Compliant with \(profiles): \(counts)." }
        static func notCompliant(_ profiles: String, _ counts: String) -> String { "Not compliant with \(profiles): \(counts)." }
    }
}
