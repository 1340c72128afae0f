import ArgumentParser
import FairPack
import Foundation

/// Exit codes shared by every command (DESIGN §5).
enum ExitStatus: Int32 {
    case success = 0
    case failed = 1
    case usage = 2
    case io = 3
}

/// A command's chosen way out: an exit status, with a message for stderr when there is one.
struct CommandExit: Error {
    var status: ExitStatus
    var message: String?
}

/// Writing to the terminal, and leaving.
enum Terminal {
    /// Whether standard output is a terminal that wants colour (no NO_COLOR, not a dumb terminal).
    static var stdoutWantsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(1) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Writes `text` to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one `fairpack: error: …` line to standard error.
    static func error(_ message: String) {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        FileHandle.standardError.write(Data("fairpack: error: \(line)\n".utf8))
    }

    /// Writes `text` to `path`, replacing it only once fully written.
    static func write(_ text: String, to path: String) throws(CommandExit) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandExit(status: .io, message: "cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Prints what `error` says and exits with its status. Never shows a stack trace.
    static func exit(for error: Error, command: Fairpack.Type) -> Never {
        let status: ExitStatus
        switch error {
        case let exit as CommandExit:
            if let message = exit.message { Terminal.error(message) }
            status = exit.status
        case let configuration as ConfigurationError:
            Terminal.error(configuration.description)
            status = .usage
        case let deposit as DepositError:
            Terminal.error(deposit.message)
            status = deposit.isUsageError ? .usage : .io
        default:
            let code = command.exitCode(for: error)
            if code == .success {
                write(command.fullMessage(for: error) + "\n")
                status = .success
            } else {
                let message = command.message(for: error)
                Terminal.error(message.isEmpty ? "invalid arguments" : message)
                status = .usage
            }
        }
        Foundation.exit(status.rawValue)
    }
}
