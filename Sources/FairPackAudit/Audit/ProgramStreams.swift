import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The parent's ends of a program's three standard streams, served by `poll`: input written
/// as the program takes it, output and errors read as they come.
struct Streams {
    private var input: Data
    private var written = 0
    private var stdinWrite: Int32
    private var stdoutRead: Int32
    private var stderrRead: Int32
    /// What the program wrote on standard output, up to the limit.
    private(set) var output = Data()
    /// The first bytes of what it wrote on standard error.
    private(set) var errors = Data()
    /// True once standard output went past the limit.
    private(set) var outputOverflowed = false
    /// True when standard error was longer than what was kept.
    private(set) var errorsTruncated = false

    init(input: Data, stdinWrite: Int32, stdoutRead: Int32, stderrRead: Int32) {
        self.input = input
        self.stdinWrite = stdinWrite
        self.stdoutRead = stdoutRead
        self.stderrRead = stderrRead
        for fd in [stdinWrite, stdoutRead, stderrRead] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        if input.isEmpty { closeInput() }
    }

    /// True once both output streams reached their end.
    var isDone: Bool { stdoutRead < 0 && stderrRead < 0 }

    /// Closes standard input (the program ended, or all of it was written).
    mutating func closeInput() {
        if stdinWrite >= 0 { close(stdinWrite) }
        stdinWrite = -1
    }

    mutating func closeAll() {
        closeInput()
        if stdoutRead >= 0 { close(stdoutRead) }
        if stderrRead >= 0 { close(stderrRead) }
        stdoutRead = -1
        stderrRead = -1
    }

    /// Waits up to `waitMilliseconds` for a stream to be ready, then moves what it can.
    mutating func pump(waitMilliseconds: Int32, outputLimit: Int, errorLimit: Int) {
        var fds: [pollfd] = []
        if stdinWrite >= 0 { fds.append(pollfd(fd: stdinWrite, events: Int16(POLLOUT), revents: 0)) }
        if stdoutRead >= 0 { fds.append(pollfd(fd: stdoutRead, events: Int16(POLLIN), revents: 0)) }
        if stderrRead >= 0 { fds.append(pollfd(fd: stderrRead, events: Int16(POLLIN), revents: 0)) }
        guard !fds.isEmpty else { return }
        guard poll(&fds, nfds_t(fds.count), max(0, waitMilliseconds)) > 0 else { return }
        for entry in fds where entry.revents != 0 {
            if entry.fd == stdinWrite { writeInput() }
            if entry.fd == stdoutRead { readOutput(limit: outputLimit) }
            if entry.fd == stderrRead { readErrors(limit: errorLimit) }
        }
    }

    private mutating func writeInput() {
        let count = input.withUnsafeBytes { bytes in
            write(stdinWrite, bytes.baseAddress?.advanced(by: written), bytes.count - written)
        }
        if count > 0 { written += count }
        if written >= input.count || (count < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
    }

    private mutating func readOutput(limit: Int) {
        guard let chunk = readChunk(&stdoutRead) else { return }
        if output.count + chunk.count > limit {
            outputOverflowed = true
        } else {
            output.append(chunk)
        }
    }

    private mutating func readErrors(limit: Int) {
        guard let chunk = readChunk(&stderrRead) else { return }
        let room = max(0, limit - errors.count)
        errors.append(chunk.prefix(room))
        if chunk.count > room { errorsTruncated = true }
    }

    /// Reads what is there; closes the stream at its end and returns nil.
    private func readChunk(_ fd: inout Int32) -> Data? {
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        let count = read(fd, &buffer, buffer.count)
        if count > 0 { return Data(buffer[0..<count]) }
        if count == 0 || (errno != EAGAIN && errno != EINTR) {
            close(fd)
            fd = -1
        }
        return nil
    }
}
