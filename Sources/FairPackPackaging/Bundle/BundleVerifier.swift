import FairPackBase
import FairPackDeposit
import FairPackChecks
import FairPackInspection
import FairPackAudit
import Foundation

/// Verifies bundles made by anyone: BagIt bags, RO-Crates, crates in bags, bags in crates,
/// `.eln` files and detached metadata files, as folders or zip/tar/tar.gz archives. What a path
/// holds is told from its content, never from its name; nothing is ever downloaded.
public enum BundleVerifier {
    /// Which findings are reported.
    public enum Level: String, Sendable, CaseIterable {
        /// Errors (broken MUSTs) and notes.
        case required
        /// Warnings (broken SHOULDs) too.
        case recommended
    }

    /// How to verify.
    public struct Options: Sendable {
        /// Which findings are reported.
        public var level: Level
        /// Whether files listed in a bag's `fetch.txt` and absent are errors (each listed) rather than one note.
        public var completeness: Bool
        /// Counts the files and bytes read, for whoever shows progress (its totals stay 0: unknown).
        public var progress: ProgressMeter?

        /// Creates options; the defaults report MUSTs and let a holey bag verify what is present.
        public init(level: Level = .required, completeness: Bool = false, progress: ProgressMeter? = nil) {
            self.level = level
            self.completeness = completeness
            self.progress = progress
        }
    }

    /// What a path holds.
    public struct Layout: Sendable, Equatable {
        /// A bag has its `bagit.txt` at the bundle's root.
        public var hasBag = false
        /// Where the crate's root is (`""` or `data/`), when there is a crate with its payload.
        public var crateRoot: String?
        /// Bags a crate wraps, as `name/`.
        public var wrappedBags: [String] = []
        /// The path is a metadata file alone: no payload to check.
        public var isDetached = false
        /// The path is an archive (zip, tar, tar.gz).
        public var isArchive = false
        /// The archive's single top folder, when the bundle sits in one.
        public var top: String?
    }

    /// What verifying one path gave.
    public struct Outcome: Sendable {
        /// The path, as given.
        public var path: String
        /// What the path holds.
        public var layout: Layout
        /// The findings, in the same model as `check`'s; paths are relative to the bundle's root.
        public var result: AuditResult
        /// The files of the payload checked.
        public var files: Int
        /// Their bytes.
        public var bytes: UInt64
        /// The bag's manifest algorithms (empty without a bag).
        public var algorithms: [DigestAlgorithm]
        /// The RO-Crate version whose rules applied, when there is a crate.
        public var crateVersion: String?
        /// Files a bag's `fetch.txt` lists that are not present.
        public var pending: Int

        /// True when no finding is an error.
        public var verifies: Bool { result.isCompliant }

        /// One line: `✓ PATH verifies: …` or `✗ PATH does not verify: N problems.`
        public var summary: String {
            guard verifies else {
                let count = result.count(.error)
                return "✗ \(path) does not verify: \(count) problem\(count == 1 ? "" : "s")."
            }
            let size = ByteCount.format(bytes)
            var parts: [String]
            if layout.isDetached {
                parts = ["RO-Crate \(crateVersion ?? "?") metadata, no payload checked"]
            } else if layout.hasBag {
                parts = ["\(files) payload files, \(size), \(algorithms.map(\.rawValue).joined(separator: ", "))"]
                if let crateVersion { parts.append("RO-Crate \(crateVersion)") }
            } else {
                parts = ["RO-Crate \(crateVersion ?? "?"), \(files) files, \(size)"]
                if !layout.wrappedBags.isEmpty { parts.append("\(layout.wrappedBags.count) wrapped bag\(layout.wrappedBags.count == 1 ? "" : "s")") }
            }
            if pending > 0 { parts.append("\(pending) file\(pending == 1 ? "" : "s") still to fetch") }
            return "✓ \(path) verifies: \(parts.joined(separator: "; "))."
        }
    }

    /// Verifies one path.
    public static func verify(_ path: String, options: Options = Options()) throws(VerifyError) -> Outcome {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .notFound(path, reason: SystemError.current(path).reason) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFDIR || type == S_IFREG else { throw .notAFile(path) }
        if type == S_IFDIR {
            var judgement = BundleJudgement(path: path, entries: try BundleReading.folder(path, meter: options.progress), options: options)
            return try judgement.judge()
        }
        if let metadata = try BundleReading.detachedMetadata(path) {
            return try BundleJudgement.detached(path: path, data: metadata, options: options)
        }
        var judgement = BundleJudgement(path: path, entries: try BagContent.archive(path, meter: options.progress),
                                        options: options, isArchive: true)
        return try judgement.judge()
    }

    /// Verifies several paths on all cores (at most one path per core at a time); the outcomes
    /// come in the order of `paths`.
    public static func verify(paths: [String], options: Options = Options()) -> [Result<Outcome, VerifyError>] {
        guard !paths.isEmpty else { return [] }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        let slots = OutcomeSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: paths.count, by: workers) {
                let outcome: Result<Outcome, VerifyError>
                do throws(VerifyError) {
                    outcome = .success(try verify(paths[index], options: options))
                } catch {
                    outcome = .failure(error)
                }
                slots.store(outcome, at: index)
            }
        }
        return slots.results()
    }

    /// One result for several outcomes, for reports that are one document: each finding's and
    /// file's path starts with its bundle's path (`bags/a.zip/data/x.csv`).
    public static func merged(_ outcomes: [Outcome]) -> AuditResult {
        var profiles: [String] = []
        var findings: [Finding] = []
        var files: [FileEntry] = []
        for outcome in outcomes {
            for profile in outcome.result.profiles where !profiles.contains(profile) { profiles.append(profile) }
            let base = outcome.path.hasSuffix("/") ? outcome.path : outcome.path + "/"
            for var finding in outcome.result.findings {
                finding.path = base + (finding.path ?? "")
                if finding.path?.hasSuffix("/") == true { finding.path?.removeLast() }
                findings.append(finding)
            }
            files += outcome.result.files.map { FileEntry(path: base + $0.path, size: $0.size) }
        }
        return AuditResult(root: outcomes.map(\.path).joined(separator: ", "), profiles: profiles, findings: findings, files: files)
    }
}

/// The outcomes of the workers, each in a slot of its own.
private final class OutcomeSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<BundleVerifier.Outcome, VerifyError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// Only the worker owning `index` writes it.
    func store(_ outcome: Result<BundleVerifier.Outcome, VerifyError>, at index: Int) {
        slots[index] = outcome
    }

    func results() -> [Result<BundleVerifier.Outcome, VerifyError>] {
        slots.compactMap { $0 }
    }
}
