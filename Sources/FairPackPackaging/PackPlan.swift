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

    /// The deposits under `parent` for `--each`: its subfolders, sorted, leaving out hidden ones.
    public static func eachDeposits(in parent: String) throws(PackError) -> [String] {
        guard let status = FileStatus.of(parent) else { throw .notFound(parent) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else {
            throw status.isRegular ? .notAFolder(parent) : .io("cannot read the folder '\(parent)'")
        }
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: (parent as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }
}
