import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// Checks a bag (folder or archive) against its own manifests: every digest, missing and
/// extra files, Payload-Oxum, tag manifests, and the RO-Crate metadata's list of files.
public enum Verifier {
    /// A problem found in a bag.
    public struct Problem: Sendable, Equatable {
        /// The path in the bag, when the problem is about one file.
        public var path: String?
        /// What is wrong.
        public var message: String
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

    /// Verifies the bag at `path`: a folder, or a `.zip`, `.tar`, `.tar.gz`/`.tgz` read without extracting;
    /// `observer` is told how far the read has got (an archive's totals are not known beforehand: 0).
    public static func verify(_ path: String, observer: (any ProgressObserver)? = nil) throws(VerifyError) -> Result {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .notABag(path) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFDIR || type == S_IFREG else { throw .notAFile(path) }
        let content = type == S_IFDIR ? try BagContent.folder(path, observer: observer)
                                      : try BagContent.archive(path, observer: observer)
        guard content.texts["bagit.txt"] != nil else { throw .notABag(path) }
        var checker = BagChecks(content: content)
        checker.run()
        return Result(problems: checker.problems, files: content.payload.count,
                      bytes: content.payload.values.reduce(0) { $0 + $1.size }, algorithms: checker.algorithms)
    }
}

/// The checks of one bag.
struct BagChecks {
    let content: BagContent
    var problems: [Verifier.Problem] = []
    var algorithms: [DigestAlgorithm] = []

    init(content: BagContent) {
        self.content = content
    }

    mutating func run() {
        for refused in content.refused { problem(refused.path, "Not read: \(refused.reason).") }
        for damage in content.damage { problem(damage.path, damage.reason) }
        declaration()
        payloadManifests()
        tagManifests()
        oxum()
        crate()
        problems.sort { ($0.path ?? "", $0.message) < ($1.path ?? "", $1.message) }
    }

    private mutating func problem(_ path: String?, _ message: String) {
        problems.append(Verifier.Problem(path: path, message: message))
    }

    private func text(_ name: String) -> String? {
        content.texts[name].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The BagIt versions whose rules these checks follow.
    static let knownVersions = ["0.97", "1.0"]

    private mutating func declaration() {
        let lines = (text("bagit.txt") ?? "").split(whereSeparator: \.isNewline).map(String.init)
        guard lines.first?.range(of: "^BagIt-Version: [0-9]+\\.[0-9]+$", options: .regularExpression) != nil else {
            problem("bagit.txt", "The first line is not `BagIt-Version: M.N`.")
            return
        }
        let version = String(lines[0].dropFirst("BagIt-Version: ".count))
        if !Self.knownVersions.contains(version) {
            problem("bagit.txt", "BagIt-Version \(version) is not one this verifier knows (\(Self.knownVersions.joined(separator: ", "))); the bag was not checked against it.")
        }
        if lines.count < 2 || !lines[1].hasPrefix("Tag-File-Character-Encoding: ") {
            problem("bagit.txt", "The second line is not `Tag-File-Character-Encoding: …`.")
        } else {
            let encoding = lines[1].dropFirst("Tag-File-Character-Encoding: ".count).trimmingCharacters(in: .whitespaces)
            if encoding.uppercased() != "UTF-8" {
                problem("bagit.txt", "The tag files' encoding is \(encoding); only UTF-8 is read, so the tag files were not read as written.")
            }
        }
    }

    /// Lines of a manifest as (digest, decoded path); bad lines are reported.
    private mutating func entries(of name: String) -> [(digest: String, path: String)] {
        var result: [(String, String)] = []
        for (index, line) in (text(name) ?? "").split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2 else {
                problem(name, "Line \(index + 1) is not `digest path`.")
                continue
            }
            let path = BagFiles.decode(String(parts[1].drop { $0 == " " || $0 == "\t" }))
            result.append((parts[0].lowercased(), path.hasPrefix("./") ? String(path.dropFirst(2)) : path))
        }
        return result
    }

    private mutating func payloadManifests() {
        let unsupported = content.texts.keys.filter { name in
            name.hasPrefix("manifest-") && name.hasSuffix(".txt")
                && !DigestAlgorithm.allCases.contains { $0.manifestName == name }
        }
        for name in unsupported.sorted() { problem(name, "This manifest's algorithm is not supported; it was not checked.") }
        algorithms = DigestAlgorithm.allCases.filter { content.texts[$0.manifestName] != nil }
        if algorithms.isEmpty { problem(nil, "The bag has no payload manifest.") }
        for algorithm in algorithms {
            let name = algorithm.manifestName
            var listed = Set<ExactName>()
            for entry in entries(of: name) {
                listed.insert(ExactName(entry.path))
                guard entry.path.hasPrefix("data/") else {
                    problem(name, "It lists \(entry.path), which is outside data/.")
                    continue
                }
                guard let file = content.payload[ExactName(entry.path)] else {
                    problem(entry.path, "Missing: listed in \(name) but not in the bag.")
                    continue
                }
                if file.digests[algorithm] != entry.digest {
                    problem(entry.path, "The \(algorithm.rawValue) digest does not match \(name): the file was changed or damaged.")
                }
            }
            for path in content.payload.keys.sorted() where !listed.contains(path) {
                problem(path.text, "Extra: in the bag but not listed in \(name).")
            }
        }
    }

    private mutating func tagManifests() {
        for algorithm in DigestAlgorithm.allCases where content.texts[algorithm.tagManifestName] != nil {
            let name = algorithm.tagManifestName
            for entry in entries(of: name) {
                guard let digests = content.tagDigests[ExactName(entry.path)] else {
                    problem(entry.path, "Missing: listed in \(name) but not in the bag.")
                    continue
                }
                if digests[algorithm] != entry.digest {
                    problem(entry.path, "The \(algorithm.rawValue) digest does not match \(name): the tag file was edited.")
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
            problem("bag-info.txt", "Payload-Oxum \"\(value)\" is not `octets.count`.")
            return
        }
        if octets != bytes || count != content.payload.count {
            problem("bag-info.txt", "Payload-Oxum says \(octets) bytes in \(count) files; the payload has \(bytes) bytes in \(content.payload.count).")
        }
    }

    private mutating func crate() {
        let name = "data/ro-crate-metadata.json"
        guard let data = content.texts[name] else {
            problem(name, "Missing: the bag holds no RO-Crate metadata.")
            return
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graph = object["@graph"] as? [[String: Any]] else {
            problem(name, "It is not JSON-LD with an @graph.")
            return
        }
        var described = Set<ExactName>()
        for entity in graph {
            let types = (entity["@type"] as? [String]) ?? [(entity["@type"] as? String) ?? ""]
            guard types.contains("File"), let id = entity["@id"] as? String, !id.contains("://") else { continue }
            let path = ExactName("data/" + (id.removingPercentEncoding ?? id))
            described.insert(path)
            if content.payload[path] == nil { problem(name, "It describes \(id), which is not in the bag.") }
        }
        let own: Set<ExactName> = [ExactName(name), ExactName("data/ro-crate-preview.html")]
        for path in content.payload.keys.sorted() where !described.contains(path) && !own.contains(path) {
            problem(path.text, "Not described in the RO-Crate metadata.")
        }
    }
}
