import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import FairPackReports
import FairPackPackaging
import FairPackExport
import FairPackHashing
import FairPackFormats
import ArgumentParser
import Foundation

/// Exit codes shared by every command (DESIGN §5).
enum ExitStatus: Int32 {
    case success = 0
    case failed = 1
    case usage = 2
    case io = 3
    case interrupted = 130
}

/// A command's chosen way out: an exit status, with a message for stderr when there is one.
struct CommandExit: Error {
    var status: ExitStatus
    var message: String?
}

/// Writing to the terminal, and leaving.
enum Terminal {
    /// Whether standard output is a terminal that wants colour (NO_COLOR unset or empty, not a dumb terminal).
    static var stdoutWantsColour: Bool { wantsColour(descriptor: 1) }

    /// Whether standard error is a terminal that wants colour, as for standard output.
    static var stderrWantsColour: Bool { wantsColour(descriptor: 2) }

    private static func wantsColour(descriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Writes `text` to standard error as it is.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one `fairpack: error: …` line to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("fairpack: error: \(TerminalText.escaped(message))\n".utf8))
    }

    /// Writes `text` to `path`, replacing it only once fully written.
    static func write(_ text: String, to path: String) throws(CommandExit) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandExit(status: .io, message: "cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Prints what `error` says and exits with its status: the one place where errors become
    /// exit codes. Never shows a stack trace; an error of unknown kind exits 3.
    static func exit(for error: Error, command: Fairpack.Type) -> Never {
        let status: Int32
        switch error {
        case let exit as CommandExit:
            if let message = exit.message { Terminal.error(message) }
            status = exit.status.rawValue
        case let reported as ReportedError:
            Terminal.error(reported.userMessage)
            status = reported.category.exitCode
        case _ where isArgumentParserError(error):
            status = argumentExit(error, command: command)
        default:
            Terminal.error("internal error: \(error)")
            status = ErrorCategory.internal.exitCode
        }
        Foundation.exit(status)
    }

    /// True for the errors swift-argument-parser throws itself (help, version, bad flags),
    /// some of which are of types it does not export.
    private static func isArgumentParserError(_ error: Error) -> Bool {
        error is ValidationError || error is CleanExit || error is ExitCode
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    /// Help, version and bad flags, as swift-argument-parser words them: 0 or 2.
    static func argumentExit(_ error: Error, command: Fairpack.Type) -> Int32 {
        let code = command.exitCode(for: error)
        if code == .success {
            write(command.fullMessage(for: error) + "\n")
            return 0
        }
        let message = command.message(for: error)
        Terminal.error(message.isEmpty ? "invalid arguments" : message)
        return ExitStatus.usage.rawValue
    }
}
