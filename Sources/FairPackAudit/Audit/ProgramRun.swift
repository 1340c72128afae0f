import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with input on its standard input, a time limit and a cap on its output.
struct ProgramRun {
    enum Outcome {
        case failedToStart(String)
        case timedOut
        case tooMuchOutput
        case exited(Int32, output: Data, errorText: String)
    }

    let command: [String]
    let directory: String
    let input: Data
    let timeout: Double
    let outputLimit: Int

    func run() -> Outcome {
        guard let program = command.first, let executable = Self.locate(program) else {
            return .failedToStart("not found on PATH")
        }
        // A program that exits without reading its input must not kill fairpack with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failedToStart(error.localizedDescription)
        }
        let output = Collector(limit: outputLimit)
        let errors = Collector(limit: 64 << 10)
        let readers = DispatchGroup()
        output.drain(stdout.fileHandleForReading, group: readers) { process.terminate() }
        errors.drain(stderr.fileHandleForReading, group: readers) {}
        let writer = stdin.fileHandleForWriting
        let payload = input
        DispatchQueue.global().async {
            try? writer.write(contentsOf: payload)
            try? writer.close()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            return .timedOut
        }
        _ = readers.wait(timeout: .now() + 5)
        if output.overflowed { return .tooMuchOutput }
        return .exited(process.terminationStatus, output: output.data,
                       errorText: String(decoding: errors.data, as: UTF8.self))
    }

    /// The executable for `program`: a path as given, or the first match on PATH.
    static func locate(_ program: String) -> URL? {
        if program.contains("/") {
            return FileManager.default.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }
}

/// Gathers a pipe's bytes on a background queue, up to a limit.
private final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()
    private var over = false
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    var data: Data { lock.withLock { buffer } }
    var overflowed: Bool { lock.withLock { over } }

    func drain(_ handle: FileHandle, group: DispatchGroup, onOverflow: @escaping @Sendable () -> Void) {
        group.enter()
        DispatchQueue.global().async {
            defer { group.leave() }
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                let overflow = self.lock.withLock { () -> Bool in
                    if self.buffer.count + chunk.count > self.limit {
                        self.over = true
                        return true
                    }
                    self.buffer.append(chunk)
                    return false
                }
                if overflow {
                    onOverflow()
                    return
                }
            }
        }
    }
}
