import FairPackBase
import Foundation

/// The form of each bag written by `pack --each`.
public enum BagForm: String, Sendable, CaseIterable {
    /// A bag folder.
    case dir
    /// A zip archive.
    case zip
    /// A tar archive.
    case tar
    /// A gzip-compressed tar archive.
    case tarGzip = "tar.gz"

    /// The output name for the deposit folder `name` in this form (`name`, `name.zip`, …).
    public func outputName(for name: String) -> String {
        self == .dir ? name : "\(name).\(rawValue)"
    }
}

/// Where `pack` takes its decisions that are not about one bag: the Bagging-Date and the
/// deposits of `--each`.
public enum PackPlan {
    /// Today (UTC) as `YYYY-MM-DD`, or the day of `SOURCE_DATE_EPOCH` when the environment
    /// sets it (reproducible bags).
    public static func baggingDate(environment: [String: String] = ProcessInfo.processInfo.environment,
                                   now: Date = Date()) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) ?? now
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// The deposits under `parent` for `--each`: its subfolders, sorted, leaving out hidden
    /// ones; subfolders that are symbolic links are never followed and come back in `linked`.
    public static func eachDeposits(in parent: String) throws(PackError) -> (deposits: [String], linked: [String]) {
        guard let status = FileStatus.of(parent) else { throw .notFound(parent) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else {
            throw status.isRegular ? .notAFolder(parent) : .io("cannot read the folder '\(parent)'")
        }
        var deposits: [String] = []
        var linked: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            var info = stat()
            guard lstat((parent as NSString).appendingPathComponent(name), &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: deposits.append(name)
            case S_IFLNK: linked.append(name)
            default: continue
            }
        }
        return (deposits, linked)
    }

    /// Refuses an output that is a symbolic link, or that lies inside `deposit` (it would be
    /// written into the folder being packed). Links on the way are resolved before comparing.
    public static func checkOutput(_ output: String, deposit: String) throws(PackError) {
        guard !output.isEmpty else { throw .emptyOutput }
        var info = stat()
        if lstat(output, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { throw .outputExists(output) }
        guard let root = canonical(deposit), let target = canonical(output) else { return }
        if target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            throw .outputInside(output, deposit: deposit)
        }
    }

    /// Refuses a single bag's output whose folder does not exist, before anything is read, so the
    /// message names that folder rather than the temporary file that could not be created.
    public static func checkOutputFolder(_ output: String) throws(PackError) {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        let parent = (trimmed as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .outputFolderMissing(folder)
        }
    }

    /// The absolute path with every link resolved, for a path whose last components may not exist yet.
    static func canonical(_ path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                let tail = rest.reversed().filter { !$0.isEmpty && $0 != "." }
                return tail.isEmpty ? base : (base == "/" ? "" : base) + "/" + tail.joined(separator: "/")
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return nil }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
