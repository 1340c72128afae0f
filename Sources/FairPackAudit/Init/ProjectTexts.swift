import FairPackDeposit
import FairPackInspection
import FairPackBase

/// The first bytes of the few root files that describe a project (README, CITATION.cff,
/// codemeta.json, .zenodo.json), kept during the one read for `fairpack init` to parse.
///
/// Shared by the reader's workers, each storing the files it read; read once the read is over.
final class ProjectTexts: Sendable {
    /// The most bytes kept of one file: enough for any citation file and a README's opening.
    static let limit = 256 << 10

    private let texts = Locked<[String: [UInt8]]>([:])

    /// Whether `path` is one of the files kept: a README at the root or a citation file.
    static func isKept(_ path: String) -> Bool {
        LicenceFacts.isRootReadmeOnly(path) || citationFiles.contains(path)
    }

    /// The citation files read for authors, in the order they are preferred.
    static let citationFiles = ["CITATION.cff", "codemeta.json", ".zenodo.json"]

    func store(_ bytes: [UInt8], for path: String) {
        texts.withLock { $0[path] = bytes }
    }

    /// The text kept for `path`, decoded as UTF-8 (invalid bytes replaced), if the file was read.
    func text(of path: String) -> String? {
        texts.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The paths kept, sorted.
    var paths: [String] { texts.withLock { $0.keys.sorted() } }
}

/// Makes the inspectors that keep the project texts; they write no fact, only into ``ProjectTexts``.
struct ProjectTextInspectorFactory: InspectorFactory {
    let texts: ProjectTexts

    /// The README is a file the licence inspector reads too; this kind is the closest.
    var provides: FactKind { .licences }

    func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        ProjectTexts.isKept(entry.path) ? ProjectTextInspector(path: entry.path, texts: texts) : nil
    }
}

/// Keeps the first ``ProjectTexts/limit`` bytes of one file.
struct ProjectTextInspector: Inspector {
    let path: String
    let texts: ProjectTexts
    var bytes: [UInt8] = []

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        bytes.append(contentsOf: chunk.prefix(ProjectTexts.limit - bytes.count))
        return bytes.count < ProjectTexts.limit
    }

    mutating func finish(into facts: inout FileFacts) {
        texts.store(bytes, for: path)
    }
}
