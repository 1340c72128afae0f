#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writing half of the system-call seam: a file created new (never over an existing
/// one), written in full, given a modification time, and the folder and rename calls
/// `pack` needs. `errno` becomes a ``SystemError``.
package final class NewFile {
    /// The open descriptor, -1 once finished.
    private var descriptor: Int32
    /// The path it was created at, for messages.
    package let path: String

    /// Creates `path`, refusing one that exists (`O_EXCL`), with mode 0644.
    package init(creating path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current(path) }
        descriptor = fd
        self.path = path
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Writes all of `bytes`, retrying on EINTR and short writes.
    package func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw SystemError.current(path) }
            offset += written
        }
    }

    /// Sets the access and modification times to `seconds` since 1970.
    package func setModified(_ seconds: Double) {
        let whole = time_t(seconds.rounded(.down))
        var times = [timespec(tv_sec: whole, tv_nsec: 0), timespec(tv_sec: whole, tv_nsec: 0)]
        futimens(descriptor, &times)
    }

    /// Closes the file, reporting a late write error (a full disk shows here on some systems).
    package func finish() throws(SystemError) {
        let fd = descriptor
        descriptor = -1
        guard fd >= 0, close(fd) == 0 else { throw SystemError.current(path) }
    }
}

/// Folder and rename calls of the seam.
package enum SystemFolder {
    /// Creates one folder with mode 0755; fails when it exists.
    package static func make(_ path: String) throws(SystemError) {
        guard mkdir(path, 0o755) == 0 else { throw SystemError.current(path) }
    }

    /// Creates a folder and its missing parents.
    package static func makeAll(_ path: String) throws(SystemError) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST { throw SystemError.current(built) }
        }
    }

    /// Renames `source` to `destination` (atomic within one file system).
    package static func rename(_ source: String, to destination: String) throws(SystemError) {
        #if canImport(Glibc)
        let status = Glibc.rename(source, destination)
        #else
        let status = Darwin.rename(source, destination)
        #endif
        guard status == 0 else { throw SystemError.current(destination) }
    }

    /// Moves `source` to `destination` only if nothing is there: returns false, moving nothing, when
    /// `destination` exists (another run got there first). A file is hard-linked then unlinked, which
    /// fails when the name is taken; a folder is renamed, which fails onto a folder that is not empty.
    /// Where hard links are not supported, the file is renamed after a last look.
    package static func moveIfAbsent(_ source: String, to destination: String) throws(SystemError) -> Bool {
        var info = stat()
        guard lstat(source, &info) == 0 else { throw SystemError.current(source) }
        if (info.st_mode & S_IFMT) == S_IFREG {
            if link(source, destination) == 0 {
                unlink(source)
                return true
            }
            if errno == EEXIST { return false }
            guard errno == EPERM || errno == ENOTSUP || errno == EXDEV || errno == EMLINK else {
                throw SystemError.current(destination)
            }
        }
        if lstat(destination, &info) == 0 { return false }
        #if canImport(Glibc)
        let status = Glibc.rename(source, destination)
        #else
        let status = Darwin.rename(source, destination)
        #endif
        if status == 0 { return true }
        if errno == EEXIST || errno == ENOTEMPTY { return false }
        throw SystemError.current(destination)
    }

    /// Whether a process with this id is running (false only when the system says there is none).
    package static func processExists(_ id: Int32) -> Bool {
        kill(id, 0) == 0 || errno != ESRCH
    }

    /// This process's id, for temporary names.
    package static var processID: Int32 { getpid() }
}
