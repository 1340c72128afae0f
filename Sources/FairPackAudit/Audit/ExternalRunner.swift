import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import Foundation

/// Runs an external rule's program: the deposit as JSON on its standard input, a JSON array
/// of findings on its standard output. A program that cannot start, times out, exits
/// non-zero or prints something else yields one finding that says so.
struct ExternalRunner {
    let rule: ExternalRule
    let profile: String

    /// The most output read from a program; more is a failure, not a memory blow-up.
    static let outputLimit = 16 << 20

    func run(on deposit: Deposit) -> [Finding] {
        let input: Data
        do {
            input = try JSONSerialization.data(withJSONObject: payload(deposit), options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            return [failure(Messages.encode)]
        }
        let outcome = ProgramRun(command: rule.command, directory: deposit.root, input: input,
                                 timeout: rule.timeout, outputLimit: Self.outputLimit).run()
        switch outcome {
        case .failedToStart(let reason):
            return [failure(Messages.cannotStart(rule.command[0], reason))]
        case .timedOut:
            return [failure(Messages.timedOut(rule.command[0], rule.timeout))]
        case .tooMuchOutput:
            return [failure(Messages.tooMuchOutput(rule.command[0]))]
        case .exited(let status, let output, let errorText):
            guard status == 0 else { return [failure(Messages.exited(rule.command[0], status, errorText))] }
            return parse(output)
        }
    }

    private func parse(_ output: Data) -> [Finding] {
        guard let array = try? JSONSerialization.jsonObject(with: output) as? [Any] else {
            return [failure(Messages.notJSON(rule.command[0]))]
        }
        var findings: [Finding] = []
        for item in array {
            guard let object = item as? [String: Any], let message = object["message"] as? String else {
                return [failure(Messages.badFinding(rule.command[0]))]
            }
            let severity = (object["severity"] as? String).flatMap(Severity.init(rawValue:)) ?? rule.severity
            findings.append(Finding(rule: object["rule"] as? String ?? rule.id, severity: severity, message: message,
                                    fix: object["fix"] as? String ?? Messages.defaultFix(rule.id),
                                    path: object["path"] as? String, line: object["line"] as? Int,
                                    principle: object["principle"] as? String, profile: profile))
        }
        return findings
    }

    private func payload(_ deposit: Deposit) -> [String: Any] {
        let files: [[String: Any]] = deposit.inventory.files.map { ["path": $0.path, "size": $0.size] }
        return ["root": deposit.root, "metadata": deposit.metadata.map { JSONValue.from($0.document) } ?? [:],
                "files": files]
    }

    private func failure(_ message: String) -> Finding {
        Finding(rule: rule.id, severity: .error, message: message, fix: Messages.fixProgram, profile: profile)
    }

    enum Messages {
        static let encode = "The deposit could not be written as JSON for the external rule."
        static func cannotStart(_ program: String, _ reason: String) -> String {
            "The external rule's program `\(program)` could not be started: \(reason)."
        }
        static func timedOut(_ program: String, _ seconds: Double) -> String {
            "The external rule's program `\(program)` did not finish within \(Int(seconds)) seconds and was stopped."
        }
        static func tooMuchOutput(_ program: String) -> String {
            "The external rule's program `\(program)` wrote more than 16 MB and was stopped."
        }
        static func exited(_ program: String, _ status: Int32, _ errorText: String) -> String {
            let detail = errorText.split(separator: "\n").first.map { ": \($0)" } ?? ""
            return "The external rule's program `\(program)` failed with exit status \(status)\(detail)."
        }
        static func notJSON(_ program: String) -> String {
            "The external rule's program `\(program)` did not print a JSON array of findings."
        }
        static func badFinding(_ program: String) -> String {
            "The external rule's program `\(program)` printed a finding without a `message`."
        }
        static func defaultFix(_ id: String) -> String { "See the documentation of the external rule \(id)." }
        static let fixProgram = "Check that the program is installed and works, or remove the rule from the profile."
    }
}

/// Turns a ``YAMLNode`` into plain JSON values (text stays text).
enum JSONValue {
    static func from(_ node: YAMLNode) -> Any {
        switch node.value {
        case .scalar(let text, _): return text
        case .null: return NSNull()
        case .sequence(let items): return items.map(from)
        case .mapping(let entries):
            var object: [String: Any] = [:]
            for entry in entries { object[entry.key] = from(entry.value) }
            return object
        }
    }
}
