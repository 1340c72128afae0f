import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

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

/// Passes entries to another sink and remembers each one's path and size, for the read-back.
final class RecordingSink: BagSink {
    private let base: any BagSink
    /// Every entry begun, by bag-relative path, with its size.
    private(set) var entries: [String: UInt64] = [:]

    init(_ base: any BagSink) {
        self.base = base
    }

    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError) {
        guard entries.updateValue(size, forKey: path) == nil else {
            throw .io("pack was about to write \(path) twice; nothing was written")
        }
        try base.beginFile(path, size: size, modified: modified)
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError) { try base.write(chunk) }
    func endFile() throws(PackError) { try base.endFile() }
    func close() throws(PackError) { try base.close() }
}

/// Takes the bytes of a file that is read but not written (an RO-Crate that pack writes anew).
final class DiscardingSink: BagSink {
    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError) {}
    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError) {}
    func endFile() throws(PackError) {}
    func close() throws(PackError) {}
}

/// Writes a bag as a folder tree, through the system-call seam.
final class FolderSink: BagSink {
    private let root: String
    private var madeFolders: Set<String> = []
    private var file: NewFile?
    private var modified: Double = 0

    init(root: String) throws(PackError) {
        self.root = root
        do { try SystemFolder.make(root) } catch { throw .io("cannot create \(root): \(error.reason)") }
    }

    func beginFile(_ path: String, size: UInt64, modified: Double) throws(PackError) {
        let full = root + "/" + path
        if let slash = full.lastIndex(of: "/") {
            let folder = String(full[..<slash])
            if !madeFolders.contains(folder) {
                do { try SystemFolder.makeAll(folder) } catch { throw .io("cannot create \(error.path): \(error.reason)") }
                madeFolders.insert(folder)
            }
        }
        do { file = try NewFile(creating: full) } catch { throw .io("cannot create \(full): \(error.reason)") }
        self.modified = modified
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws(PackError) {
        do { try file?.write(chunk) } catch { throw .io("cannot write \(error.path): \(error.reason)") }
    }

    func endFile() throws(PackError) {
        guard let current = file else { return }
        file = nil
        current.setModified(modified)
        do { try current.finish() } catch { throw .io("cannot write \(error.path): \(error.reason)") }
    }

    func close() throws(PackError) {}
}

/// Writes a bag into a zip, tar or tar.gz archive, under one top folder named after the bag.
final class ArchiveSink: BagSink {
    private let writer: ArchiveWriter
    private let top: String

    init(path: String, format: ArchiveFormat, top: String, rawNames: Bool = false) throws(PackError) {
        do {
            writer = try ArchiveWriter(path: path, format: format, rawNames: rawNames)
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
    /// The output path is empty.
    case emptyOutput
    /// Files whose names are not UTF-8: a bag's manifests cannot name them.
    case unpackableNames([String])
    /// A bag folder would hold a path longer than the system opens (PATH_MAX): the file, and that length.
    case pathTooLong(String, bytes: Int)
    /// The folder the output would be written in does not exist (or is not a folder).
    case outputFolderMissing(String)

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
        case .emptyOutput: return "the output path is empty; name the bag to write with -o"
        case .pathTooLong(let path, let bytes):
            return "in a bag folder, \(path) would have a path of \(bytes) bytes, longer than the system allows (\(Int(PATH_MAX) - 1)); "
                + "write a .zip or .tar instead, or shorten the folder names"
        case .unpackableNames(let paths):
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
            return "\(paths.count == 1 ? "a file name is" : "\(paths.count) file names are") not UTF-8 (\(shown)), and a bag's "
                + "manifests cannot name \(paths.count == 1 ? "it" : "them"); rename with convmv (convmv -f latin1 -t utf8 -r --notest FOLDER), then pack"
        case .outputFolderMissing(let folder):
            return "the folder '\(folder)' does not exist; create it first or write the bag elsewhere"
        }
    }

    /// The sentence, for the command line.
    public var userMessage: String { description }
    /// An existing output or a bad folder is the user's to fix (exit 2); the rest is I/O (exit 3).
    public var category: ErrorCategory {
        switch self {
        case .outputExists, .outputInside, .notFound, .notAFolder, .refused, .emptyOutput, .outputFolderMissing, .unpackableNames, .pathTooLong: return .usage
        case .changed, .io: return .io
        }
    }
}
