import FairPackBase
import FairPackDeposit
import FairPackChecks
import FairPackAudit
import FairPackCrates
import Foundation

/// Judges a bundle's entries: the bag rules, the RO-Crate rules, and how the two combine
/// (RO-Crate 1.2, "Combining with other packaging schemes"), into `check`'s findings.
struct BundleJudgement {
    let path: String
    let entries: BundleEntries
    let options: BundleVerifier.Options
    var isArchive = false

    private var findings: [Finding] = []
    private var layout = BundleVerifier.Layout()
    private var algorithms: [DigestAlgorithm] = []
    private var crateVersion: CrateVersion?
    private var pending = 0
    private var profiles: [String] = []

    init(path: String, entries: BundleEntries, options: BundleVerifier.Options, isArchive: Bool = false) {
        self.path = path
        self.entries = entries
        self.options = options
        self.isArchive = isArchive
    }

    /// A metadata file alone: the crate rules without the payload. A JSON object with neither
    /// `@context` nor `@graph` is not a crate; text that is not JSON is a broken one.
    static func detached(path: String, data: Data, options: BundleVerifier.Options) throws(VerifyError) -> BundleVerifier.Outcome {
        let document = CrateDocument(data: data)
        if let top = document.top, top["@context"] == nil, top["@graph"] == nil { throw .notABag(path) }
        var judgement = BundleJudgement(path: path, entries: BundleEntries(), options: options)
        judgement.layout.isDetached = true
        judgement.crate(document, root: "", metadataPath: nil, payload: nil)
        return judgement.outcome(files: [])
    }

    /// The outcome, or `.notABag` when the entries hold neither a bag nor a crate at their root.
    mutating func judge() throws(VerifyError) -> BundleVerifier.Outcome {
        layout.isArchive = isArchive
        layout.top = entries.top
        for refused in entries.refused { report(BagRule.refused, refused.path, "Not read: \(refused.reason).") }
        for damage in entries.damage { report(BagRule.damaged, damage.path, damage.reason) }
        let payload: [(String, UInt64)]
        if entries.has("bagit.txt") {
            layout.hasBag = true
            payload = bag(at: "")
        } else if entries.texts[CrateVersion.descriptorID] != nil {
            layout.crateRoot = ""
            let document = CrateDocument(data: entries.texts[CrateVersion.descriptorID] ?? Data())
            crate(document, root: "", metadataPath: CrateVersion.descriptorID, payload: cratePayload(under: "", fetch: nil))
            for prefix in entries.wrappedBags {
                layout.wrappedBags.append(prefix)
                _ = bag(at: prefix)
            }
            payload = entries.files.map { ($0.key.text, $0.value.size) }
        } else {
            throw .notABag(path)
        }
        eln()
        return outcome(files: payload.sorted { $0.0 < $1.0 })
    }

    // MARK: Bags

    /// Runs the bag rules on the bag at `prefix`, and the crate rules on a crate in its payload;
    /// returns the payload files.
    private mutating func bag(at prefix: String) -> [(String, UInt64)] {
        let content = entries.bag(at: prefix)
        var checks = BagChecks(content: content, completeness: options.completeness)
        checks.run()
        if prefix.isEmpty {
            algorithms = checks.algorithms
            pending = checks.pending.count
        }
        for problem in checks.problems {
            let severity: Severity = problem.rule == .fetchPending && options.completeness ? .error : problem.rule.severity
            report(problem.rule, problem.path.map { prefix + $0 }, problem.message, severity: severity)
        }
        profiles.append("BagIt \(checks.version ?? "1.0")")
        let metadataPath = "data/\(CrateVersion.descriptorID)"
        if prefix.isEmpty, let data = content.texts[metadataPath] {
            layout.crateRoot = "data/"
            let document = CrateDocument(data: data)
            crate(document, root: "data/", metadataPath: metadataPath, payload: cratePayload(under: "data/", fetch: checks.fetch))
            for algorithm in checks.algorithms {
                let listed = checks.manifestPaths(algorithm)
                append(CratePackaging.bagManifestFindings(manifestPaths: listed), metadataPath: algorithm.manifestName, pointer: false)
            }
            undescribed(document, payload: content)
        }
        return content.payload.map { ($0.key.text, $0.value.size) }
    }

    /// Payload files of a bag holding a crate that its metadata does not describe (a warning:
    /// RO-Crate allows it, but a receiver cannot know what they are).
    private mutating func undescribed(_ document: CrateDocument, payload: BagContent) {
        guard document.problem == nil else { return }
        let described = document.describedPaths
        let own: Set<String> = [CrateVersion.descriptorID, "ro-crate-preview.html"]
        for path in payload.payload.keys.sorted() {
            let relative = String(path.text.dropFirst("data/".count))
            if own.contains(relative) || described.contains(relative) || relative.hasPrefix("ro-crate-preview_files/") { continue }
            if described.contains(where: { relative.hasPrefix($0 + "/") }) { continue }
            report(BagRule.crateUndescribed, path.text, "Not described in the RO-Crate metadata.")
        }
    }

    // MARK: Crates

    /// The crate's files under `root` with their sizes and SHA-256 digests, and the files a bag's
    /// fetch.txt will bring.
    private func cratePayload(under root: String, fetch: FetchList?) -> CratePayload {
        var files: [String] = []
        var sizes: [String: UInt64] = [:]
        var digests: [String: String] = [:]
        for (path, record) in entries.files where path.text.hasPrefix(root) {
            let relative = String(path.text.dropFirst(root.count))
            files.append(relative)
            sizes[relative] = record.size
            if let digest = record.digests[.sha256] { digests[relative] = digest }
        }
        var fetched: [String: String] = [:]
        for entry in fetch?.entries ?? [] where entry.path.hasPrefix(root) {
            fetched[String(entry.path.dropFirst(root.count))] = entry.url
        }
        return CratePayload(files: files, fetched: fetched, sizes: sizes, sha256: digests)
    }

    private mutating func crate(_ document: CrateDocument, root: String, metadataPath: String?, payload: CratePayload?) {
        let level: CrateLevel = options.level == .recommended ? .recommended : .required
        let found = CrateValidator.validate(document, payload: payload, level: level)
        crateVersion = document.version ?? .v1_2
        profiles.append("RO-Crate \(crateVersion?.rawValue ?? "1.2")")
        append(found, metadataPath: metadataPath, pointer: true)
        if payload != nil, let html = entries.texts[root + "ro-crate-preview.html"] {
            append(CratePackaging.previewFindings(html: Array(html)), metadataPath: root + "ro-crate-preview.html", pointer: false)
        }
    }

    private mutating func append(_ crateFindings: [CrateFinding], metadataPath: String?, pointer: Bool) {
        for finding in crateFindings {
            findings.append(Finding(
                rule: finding.rule.rawValue, severity: finding.severity == .error ? .error : .warning,
                message: finding.message, fix: finding.fix, path: metadataPath, pointer: pointer ? finding.pointer : nil))
        }
    }

    /// An `.eln` (a zip named `*.eln`) holds its crate in one folder named after it.
    private mutating func eln() {
        guard isArchive, let names = entries.entryNames, layout.crateRoot != nil,
              path.lowercased().hasSuffix(".eln") else { return }
        let archiveName = (path as NSString).lastPathComponent
        append(CratePackaging.elnFolderFindings(archiveName: archiveName, entryPaths: names), metadataPath: nil, pointer: false)
    }

    // MARK: Findings

    private mutating func report(_ rule: BagRule, _ path: String?, _ message: String, severity: Severity? = nil) {
        findings.append(Finding(rule: rule.rawValue, severity: severity ?? rule.severity, message: message,
                                fix: rule.fix, path: path))
    }

    private func outcome(files: [(String, UInt64)]) -> BundleVerifier.Outcome {
        let shown = findings.filter { options.level == .recommended || $0.severity != .warning }
        let ordered = shown.enumerated().sorted { lhs, rhs in
            let left = lhs.element.path ?? "", right = rhs.element.path ?? ""
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        let payload = layout.hasBag ? files.filter { $0.0.hasPrefix("data/") } : files
        let result = AuditResult(root: path, profiles: profiles, findings: ordered,
                                 files: payload.map { FileEntry(path: $0.0, size: $0.1) })
        return BundleVerifier.Outcome(
            path: path, layout: layout, result: result, files: payload.count,
            bytes: payload.reduce(0) { $0 + $1.1 }, algorithms: algorithms,
            crateVersion: crateVersion?.rawValue, pending: pending)
    }
}
