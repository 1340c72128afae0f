import FairPackBase
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with input on its standard input, a time limit and a cap on its output.
///
/// The program runs in a process group of its own; standard input, output and error are
/// served together by one `poll` loop, so a program that talks a lot on either stream never
/// blocks. On a time-out or too much output the whole group is killed, and once the program
/// exits whatever it left running in its group is killed too, so nothing it started outlives it.
/// (swift-subprocess would do the piping, but it is one more dependency to resolve offline,
/// and the process group and a shared deadline over three pipes are these few lines.)
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
    /// The most of standard error kept; the rest is read and dropped.
    var errorLimit = 64 << 10

    func run() -> Outcome {
        guard let program = command.first, let executable = Self.locate(program) else {
            return .failedToStart("not found on PATH")
        }
        // A program that exits without reading its input must not kill fairpack with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var pipes: [Int32] = [-1, -1, -1, -1, -1, -1]
        for index in 0..<3 {
            guard pipe(&pipes[index * 2]) == 0 else { return .failedToStart(String(cString: strerror(errno))) }
            _ = fcntl(pipes[index * 2], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipes[index * 2 + 1], F_SETFD, FD_CLOEXEC)
        }
        defer { for fd in pipes where fd >= 0 { close(fd) } }
        let (stdinRead, stdinWrite, stdoutRead, stdoutWrite, stderrRead, stderrWrite) =
            (pipes[0], pipes[1], pipes[2], pipes[3], pipes[4], pipes[5])
        guard let pid = spawn(executable, stdin: stdinRead, stdout: stdoutWrite, stderr: stderrWrite) else {
            return .failedToStart(String(cString: strerror(errno)))
        }
        for index in [0, 3, 5] {
            close(pipes[index])
            pipes[index] = -1
        }
        var streams = Streams(input: input, stdinWrite: stdinWrite, stdoutRead: stdoutRead, stderrRead: stderrRead)
        pipes[1] = -1; pipes[2] = -1; pipes[4] = -1
        defer { streams.closeAll() }
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        var status: Int32?
        while true {
            if status == nil, Self.hasEnded(pid) {
                // The program is gone but not yet reaped, so its group id cannot be reused:
                // stop whatever it left behind, reap it, then drain what is buffered.
                kill(-pid, SIGKILL)
                status = Self.waitFor(pid)
                streams.closeInput()
            }
            if streams.isDone { break }
            let now = ContinuousClock.now
            if now >= deadline {
                Self.stop(group: pid)
                return .timedOut
            }
            let left = deadline - now
            let wait = status == nil ? min(100, Int32(left.components.seconds * 1000 + 1)) : 100
            streams.pump(waitMilliseconds: wait, outputLimit: outputLimit, errorLimit: errorLimit)
            if streams.outputOverflowed {
                Self.stop(group: pid)
                return .tooMuchOutput
            }
        }
        let exit = status ?? Self.waitFor(pid)
        return .exited(exit, output: streams.output,
                       errorText: String(decoding: streams.errors, as: UTF8.self) + (streams.errorsTruncated ? "…" : ""))
    }

    /// Starts the program in a new process group with the three pipe ends as its standard streams.
    private func spawn(_ executable: URL, stdin: Int32, stdout: Int32, stderr: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        guard let changeDirectory = Self.addChangeDirectory else {
            errno = ENOSYS
            return nil
        }
        _ = changeDirectory(&actions, directory)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        let arguments = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, &attributes, arguments, environ)
        guard result == 0 else {
            errno = result
            return nil
        }
        return pid
    }

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which the Swift
    /// module does not export: the program starts in the deposit's folder.
    private static let addChangeDirectory: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    }()

    /// True once the program has ended; it is left unreaped (`WNOWAIT`), so that its
    /// process group id stays its own until ``waitFor(_:)``.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return errno == ECHILD }
        return info._sifields._sigchld.si_pid == pid
    }

    private static func waitFor(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return exitCode(status)
    }

    private static func exitCode(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Stops the whole group: SIGTERM, then SIGKILL, and reaps the program.
    private static func stop(group pid: pid_t) {
        kill(-pid, SIGTERM)
        let grace = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < grace, !hasEnded(pid) {
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        _ = waitFor(pid)
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
