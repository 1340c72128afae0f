import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// Checks a bag (folder or archive) against its own manifests: every digest, missing and
/// extra files, Payload-Oxum, tag manifests, and the RO-Crate it holds. A thin view of
/// ``BundleVerifier`` for callers that only want a bag's problems.
public enum Verifier {
    /// A problem found in a bag.
    public struct Problem: Sendable, Equatable {
        /// The path in the bag, when the problem is about one file.
        public var path: String?
        /// What is wrong.
        public var message: String
        /// The stable id of the broken rule (`bag.file.digest`, `crate.root.properties`).
        public var rule: String = ""
    }

    /// The outcome of a verification.
    public struct Result: Sendable {
        /// Every problem; empty for a bag that verifies.
        public var problems: [Problem]
        /// Payload files checked.
        public var files: Int
        /// Payload bytes checked.
        public var bytes: UInt64
        /// The manifests' algorithms.
        public var algorithms: [DigestAlgorithm]
        /// True when nothing is wrong.
        public var isValid: Bool { problems.isEmpty }
    }

    /// Verifies the bag at `path`: a folder, or a `.zip`, `.tar`, `.tar.gz`/`.tgz` read without extracting.
    /// Only errors are problems; a path holding no bag throws ``VerifyError/notABag(_:)``.
    public static func verify(_ path: String) throws(VerifyError) -> Result {
        let outcome = try BundleVerifier.verify(path)
        guard outcome.layout.hasBag else { throw .notABag(path) }
        let problems = outcome.result.findings.filter { $0.severity == .error }.map {
            Problem(path: $0.path, message: $0.message, rule: $0.rule)
        }
        return Result(problems: problems, files: outcome.files, bytes: outcome.bytes, algorithms: outcome.algorithms)
    }
}

/// The checks of one bag.
struct BagChecks {
    let content: BagContent
    /// The files `fetch.txt` lists, by path in the bag (`data/…`).
    let fetch: FetchList
    /// Whether files still to fetch are errors (`--completeness`) or one note.
    let completeness: Bool
    var problems: [BagProblem] = []
    var algorithms: [DigestAlgorithm] = []
    /// The BagIt version bagit.txt declares, when it declares one.
    var version: String?

    init(content: BagContent, completeness: Bool = false) {
        self.content = content
        self.completeness = completeness
        fetch = FetchList(text: content.texts["fetch.txt"].map { String(decoding: $0, as: UTF8.self) } ?? "")
    }

    /// Files listed in fetch.txt and absent from the bag, in path order.
    var pending: [FetchList.Entry] {
        fetch.entries.filter { content.payload[ExactName($0.path)] == nil }.sorted { $0.path < $1.path }
    }

    mutating func run() {
        declaration()
        payloadManifests()
        tagManifests()
        oxum()
        fetched()
        problems.sort { ($0.path ?? "", $0.message) < ($1.path ?? "", $1.message) }
    }

    private mutating func problem(_ rule: BagRule, _ path: String?, _ message: String) {
        problems.append(BagProblem(rule: rule, path: path, message: message))
    }

    /// Lines of fetch.txt that cannot be read; files still to fetch, as errors with `--completeness`
    /// or as one note without it.
    private mutating func fetched() {
        for line in fetch.badLines { problem(.fetchLine, "fetch.txt", "Line \(line) is not `url length path`.") }
        for entry in fetch.entries where !entry.path.hasPrefix("data/") {
            problem(.fetchLine, "fetch.txt", "It fetches \(entry.path), which is outside data/.")
        }
        let pending = self.pending
        guard !pending.isEmpty else { return }
        if completeness {
            for entry in pending {
                problem(.fetchPending, entry.path, "Still to fetch from \(entry.url)\(entry.length.map { " (\($0) bytes)" } ?? ""): the bag is not complete.")
            }
        } else {
            problem(.fetchPending, "fetch.txt", "\(pending.count) file\(pending.count == 1 ? " is" : "s are") still to fetch; only the files present were verified.")
        }
    }

    private func text(_ name: String) -> String? {
        content.texts[name].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The BagIt versions whose rules these checks follow.
    static let knownVersions = ["0.97", "1.0"]

    private mutating func declaration() {
        let lines = (text("bagit.txt") ?? "").split(whereSeparator: \.isNewline).map(String.init)
        guard lines.first?.range(of: "^BagIt-Version: [0-9]+\\.[0-9]+$", options: .regularExpression) != nil else {
            problem(.declaration, "bagit.txt", "The first line is not `BagIt-Version: M.N`.")
            return
        }
        let version = String(lines[0].dropFirst("BagIt-Version: ".count))
        self.version = version
        if !Self.knownVersions.contains(version) {
            problem(.declaration, "bagit.txt", "BagIt-Version \(version) is not one this verifier knows (\(Self.knownVersions.joined(separator: ", "))); the bag was not checked against it.")
        }
        if lines.count < 2 || !lines[1].hasPrefix("Tag-File-Character-Encoding: ") {
            problem(.declaration, "bagit.txt", "The second line is not `Tag-File-Character-Encoding: …`.")
        } else {
            let encoding = lines[1].dropFirst("Tag-File-Character-Encoding: ".count).trimmingCharacters(in: .whitespaces)
            if encoding.uppercased() != "UTF-8" {
                problem(.declaration, "bagit.txt", "The tag files' encoding is \(encoding); only UTF-8 is read, so the tag files were not read as written.")
            }
        }
    }

    /// Lines of a manifest as (digest, decoded path); bad lines are reported.
    private mutating func entries(of name: String) -> [(digest: String, path: String)] {
        var result: [(String, String)] = []
        for (index, line) in (text(name) ?? "").split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2 else {
                problem(.manifestLine, name, "Line \(index + 1) is not `digest path`.")
                continue
            }
            let path = BagFiles.decode(String(parts[1].drop { $0 == " " || $0 == "\t" }))
            result.append((parts[0].lowercased(), path.hasPrefix("./") ? String(path.dropFirst(2)) : path))
        }
        return result
    }

    /// The paths a payload manifest lists, as written (percent escapes decoded).
    func manifestPaths(_ algorithm: DigestAlgorithm) -> [String] {
        (text(algorithm.manifestName) ?? "").split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            return parts.count == 2 ? BagFiles.decode(String(parts[1].drop { $0 == " " || $0 == "\t" })) : nil
        }
    }

    private mutating func payloadManifests() {
        let unsupported = content.texts.keys.filter { name in
            name.hasPrefix("manifest-") && name.hasSuffix(".txt")
                && !DigestAlgorithm.allCases.contains { $0.manifestName == name }
        }
        for name in unsupported.sorted() { problem(.manifestUnsupported, name, "This manifest's algorithm is not supported; it was not checked.") }
        algorithms = DigestAlgorithm.allCases.filter { content.texts[$0.manifestName] != nil }
        if algorithms.isEmpty { problem(.manifestMissing, nil, "The bag has no payload manifest.") }
        for algorithm in algorithms {
            let name = algorithm.manifestName
            var listed = Set<ExactName>()
            for entry in entries(of: name) {
                listed.insert(ExactName(entry.path))
                guard entry.path.hasPrefix("data/") else {
                    problem(.manifestLine, name, "It lists \(entry.path), which is outside data/.")
                    continue
                }
                guard let file = content.payload[ExactName(entry.path)] else {
                    if fetch.paths.contains(entry.path) { continue }
                    problem(.fileMissing, entry.path, "Missing: listed in \(name) but not in the bag.")
                    continue
                }
                if file.digests[algorithm] != entry.digest {
                    problem(.fileDigest, entry.path, "The \(algorithm.rawValue) digest does not match \(name): the file was changed or damaged.")
                }
            }
            for path in content.payload.keys.sorted() where !listed.contains(path) {
                problem(.fileExtra, path.text, "Extra: in the bag but not listed in \(name).")
            }
        }
    }

    private mutating func tagManifests() {
        for algorithm in DigestAlgorithm.allCases where content.texts[algorithm.tagManifestName] != nil {
            let name = algorithm.tagManifestName
            for entry in entries(of: name) {
                guard let digests = content.tagDigests[ExactName(entry.path)] else {
                    problem(.tagMissing, entry.path, "Missing: listed in \(name) but not in the bag.")
                    continue
                }
                if digests[algorithm] != entry.digest {
                    problem(.tagDigest, entry.path, "The \(algorithm.rawValue) digest does not match \(name): the tag file was edited.")
                }
            }
        }
    }

    private mutating func oxum() {
        guard let info = text("bag-info.txt") else { return }
        guard let line = info.split(whereSeparator: \.isNewline).first(where: { $0.hasPrefix("Payload-Oxum:") }) else { return }
        let value = line.dropFirst("Payload-Oxum:".count).trimmingCharacters(in: .whitespaces)
        let parts = value.split(separator: ".")
        let bytes = content.payload.values.reduce(UInt64(0)) { $0 + $1.size }
        guard parts.count == 2, let octets = UInt64(parts[0]), let count = Int(parts[1]) else {
            problem(.oxum, "bag-info.txt", "Payload-Oxum \"\(value)\" is not `octets.count`.")
            return
        }
        if !pending.isEmpty { return }
        if octets != bytes || count != content.payload.count {
            problem(.oxum, "bag-info.txt", "Payload-Oxum says \(octets) bytes in \(count) files; the payload has \(bytes) bytes in \(content.payload.count).")
        }
    }
}
