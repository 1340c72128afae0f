import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a bag's entries go: a folder or an archive. Paths are relative to the bag's top.
protocol BagSink: AnyObject {
    /// Starts a file of `size` bytes.
    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError)
    /// Appends bytes to the file begun last.
    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError)
    /// Ends the file begun last.
    func endFile() throws(PackError)
    /// Finishes the output.
    func close() throws(PackError)
}

extension BagSink {
    /// Writes a whole small file.
    func addFile(_ path: String, contents: Data, modified: Double) throws(PackError) {
        try beginFile(path, size: UInt64(contents.count), modified: modified)
        var failure: PackError?
        contents.withUnsafeBytes { bytes in
            do { try write(bytes) } catch let caught { failure = caught as? PackError ?? .io("\(caught)") }
        }
        if let failure { throw failure }
        try endFile()
    }
}

/// Writes a bag as a folder tree.
final class FolderSink: BagSink {
    private let root: String
    private var madeFolders: Set<String> = []
    private var descriptor: Int32 = -1
    private var current: (path: String, modified: Double)?

    init(root: String) throws(PackError) {
        self.root = root
        guard mkdir(root, 0o755) == 0 else { throw .io("cannot create \(root): \(String(cString: strerror(errno)))") }
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError) {
        let full = root + "/" + path
        let folder = (full as NSString).deletingLastPathComponent
        if !madeFolders.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .io("cannot create \(folder): \(error.localizedDescription)")
            }
            madeFolders.insert(folder)
        }
        descriptor = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("cannot create \(full): \(String(cString: strerror(errno)))") }
        current = (full, modified)
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError) {
        guard let base = chunk.baseAddress else { return }
        var offset = 0
        while offset < chunk.count {
            let written = Glibc.write(descriptor, base + offset, chunk.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw .io("cannot write \(current?.path ?? root): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    func endFile() throws(PackError) {
        guard descriptor >= 0, let current else { return }
        let seconds = time_t(current.modified.rounded(.down))
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        futimens(descriptor, &times)
        let status = Glibc.close(descriptor)
        descriptor = -1
        self.current = nil
        guard status == 0 else { throw .io("cannot write \(current.path): \(String(cString: strerror(errno)))") }
    }

    func close() throws(PackError) {}
}

/// Writes a bag into a zip, tar or tar.gz archive, under one top folder named after the bag.
final class ArchiveSink: BagSink {
    private let writer: ArchiveWriter
    private let top: String

    init(path: String, format: ArchiveFormat, top: String) throws(PackError) {
        do {
            writer = try ArchiveWriter(path: path, format: format)
        } catch {
            throw .io(error.message)
        }
        self.top = top
    }

    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError) {
        do { try writer.beginFile(top + "/" + path, size: size, modified: modified) } catch { throw .io(error.message) }
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError) {
        do { try writer.write(chunk) } catch { throw .io(error.message) }
    }

    func endFile() throws(PackError) {}

    func close() throws(PackError) {
        do { try writer.close() } catch { throw .io(error.message) }
    }
}

/// Why a pack failed.
public enum PackError: ReportedError, Sendable, Equatable, CustomStringConvertible {
    /// The audit found errors and `--force` was not given.
    case refused(errors: Int)
    /// The output already exists.
    case outputExists(String)
    /// The output would be inside the deposit (or the `--each` parent) it packs.
    case outputInside(String, deposit: String)
    /// A payload file changed while it was packed.
    case changed(String)
    /// Reading or writing failed.
    case io(String)
    /// The folder given does not exist.
    case notFound(String)
    /// The path given is not a folder.
    case notAFolder(String)

    /// One sentence for the terminal.
    public var description: String {
        switch self {
        case .refused(let count):
            return "the audit found \(count) error\(count == 1 ? "" : "s"); fix them or pack with --force"
        case .outputExists(let path): return "'\(path)' already exists; remove it or choose another output"
        case .outputInside(let path, let deposit):
            return "'\(path)' is inside the deposit '\(deposit)'; write the bag outside the folder it packs"
        case .changed(let path): return "'\(path)' changed while it was packed; nothing was written"
        case .io(let message): return message
        case .notFound(let path): return "'\(path)' does not exist"
        case .notAFolder(let path): return "'\(path)' is not a folder"
        }
    }

    /// The sentence, for the command line.
    public var userMessage: String { description }
    /// An existing output or a bad folder is the user's to fix (exit 2); the rest is I/O (exit 3).
    public var category: ErrorCategory {
        switch self {
        case .outputExists, .outputInside, .notFound, .notAFolder, .refused: return .usage
        case .changed, .io: return .io
        }
    }
}
