#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one seam through which fairpack reads files: open without following links, read,
/// stat and close, with `errno` turned into a sentence.
///
/// Every byte of a deposit that fairpack reads passes through ``read(into:)``, so the
/// ``ReadLedger`` can prove that each byte is read once.
package struct SystemFile: ~Copyable {
    /// The open descriptor.
    package let descriptor: Int32
    /// The path it was opened at, for the ledger and messages.
    package let path: String

    /// Opens `path` for reading, refusing a symbolic link as the last component.
    package init(reading path: String) throws(SystemError) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.current(path) }
        descriptor = fd
        self.path = path
    }

    /// Opens the file at `relative` inside the folder `root`, one component at a time from
    /// an open descriptor of `root`: every folder on the way is opened with `O_NOFOLLOW |
    /// O_DIRECTORY` relative to the one before, and the file with `O_NOFOLLOW`. A link
    /// anywhere on the path, put there before or during the run, is refused, so the file
    /// opened is always inside `root`. `..`, `.` and empty components are refused too.
    package init(beneath root: String, path relative: String) throws(SystemError) {
        let full = root.hasSuffix("/") ? root + relative : root + "/" + relative
        let components = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let last = components.last, !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw SystemError(path: full, reason: "the path leaves the folder or is not a plain relative path")
        }
        var folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw SystemError.current(root) }
        for component in components.dropLast() {
            let next = openat(folder, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let code = errno
            close(folder)
            guard next >= 0 else {
                errno = code
                if code == ELOOP || code == ENOTDIR {
                    throw SystemError(path: full, reason: "a folder on its path is a symbolic link or not a folder; links are not followed")
                }
                throw SystemError.current(full)
            }
            folder = next
        }
        let fd = openat(folder, last, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        let code = errno
        close(folder)
        guard fd >= 0 else {
            if code == ELOOP { throw SystemError(path: full, reason: "it is a symbolic link; links are not followed") }
            errno = code
            throw SystemError.current(full)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw SystemError(path: full, reason: "it is not a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        descriptor = fd
        path = full
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `buffer.count` bytes; 0 at the end of the file. Retries on EINTR.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 {
                ReadLedger.record(path, count)
                return count
            }
            if errno != EINTR { throw SystemError.current(path) }
        }
    }

    /// Reads up to `buffer.count` bytes at `offset` without moving the file position; fewer
    /// only at the end of the file. Retries on EINTR.
    package func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws(SystemError) -> Int {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress?.advanced(by: done), buffer.count - done, off_t(offset) + off_t(done))
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError.current(path)
            }
            done += count
        }
        ReadLedger.record(path, done)
        return done
    }

    /// Reads the whole file, refusing one larger than `limit` bytes.
    package func readAll(limit: Int) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try read(into: chunk)
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw SystemError(path: path, reason: "it is larger than \(limit) bytes") }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
    }

    /// The file's size, modification time and identity now.
    package func status() -> FileStatus {
        var info = stat()
        fstat(descriptor, &info)
        return FileStatus(info)
    }
}

/// What `stat` says of a file, as far as fairpack cares: enough to tell that it changed.
package struct FileStatus: Sendable, Equatable {
    /// Size in bytes.
    package var size: UInt64
    /// Modification time, seconds and nanoseconds.
    package var modifiedSeconds: Int
    package var modifiedNanoseconds: Int
    /// Inode and device.
    package var inode: UInt64
    package var device: UInt64
    /// True for a regular file.
    package var isRegular: Bool
    /// Status-change time (ctime), seconds and nanoseconds: a write, a rename or a chmod moves it,
    /// and no program can set it back.
    package var statusChangedSeconds: Int
    package var statusChangedNanoseconds: Int

    init(_ info: stat) {
        size = UInt64(max(0, info.st_size))
        #if canImport(Glibc)
        let (modified, statusChanged) = (info.st_mtim, info.st_ctim)
        #else
        let (modified, statusChanged) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        modifiedSeconds = Int(modified.tv_sec)
        modifiedNanoseconds = Int(modified.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        isRegular = (info.st_mode & S_IFMT) == S_IFREG
        statusChangedSeconds = Int(statusChanged.tv_sec)
        statusChangedNanoseconds = Int(statusChanged.tv_nsec)
    }

    /// The status of `path` without following a link, or nil when it cannot be had.
    package static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }
}

/// A system call that failed: the path and the system's reason.
package struct SystemError: Error, Sendable, Equatable {
    /// The path concerned.
    package var path: String
    /// The system's words (`No such file or directory`).
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The error of the last failed call.
    package static func current(_ path: String) -> SystemError {
        SystemError(path: path, reason: reason(errno: errno))
    }

    /// The system's words for `code`, said plainly for the failures of a full destination.
    package static func reason(errno code: Int32) -> String {
        let words = String(cString: strerror(code))
        switch code {
        case ENOSPC: return "the disk is full (\(words)); free some space or write elsewhere"
        case EDQUOT: return "the disk quota is used up (\(words)); free some space or write elsewhere"
        case EFBIG: return "the file-size limit was reached (\(words)); raise `ulimit -f` or write elsewhere"
        default: return words
        }
    }
}

/// Counts the bytes read through ``SystemFile``, by path, while a test asks it to: the proof
/// that `check` and `pack` read each byte once. Off (and free) otherwise.
package enum ReadLedger {
    private static let counts = Locked<[String: UInt64]?>(nil)

    /// Starts counting from zero.
    package static func start() {
        counts.withLock { $0 = [:] }
    }

    /// Stops counting and returns the bytes read by path.
    package static func stop() -> [String: UInt64] {
        counts.withLock { counts in
            defer { counts = nil }
            return counts ?? [:]
        }
    }

    static func record(_ path: String, _ count: Int) {
        counts.withLock { counts in
            guard counts != nil, count > 0 else { return }
            counts?[path, default: 0] += UInt64(count)
        }
    }
}
