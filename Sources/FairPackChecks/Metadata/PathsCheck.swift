import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.paths`: every `files:` and `deliverables:` path names something in the deposit.
public struct PathsCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.paths",
        title: "Paths in deposit.yaml name files of the deposit",
        rationale: "A `files:` or `deliverables:` entry whose path matches nothing is silently lost: a typo drops a personal-data declaration or a file's licence.",
        principle: "R1.1",
        defaultSeverity: .error,
        passing: [
            CheckExample(Self.example("data/entretiens.csv"), files: [FileEntry(path: "data/entretiens.csv", size: 10)]),
            CheckExample(Self.example("data/"), files: [FileEntry(path: "data/entretiens.csv", size: 10)]),
            CheckExample(Self.example("code/**/*.py"), files: [FileEntry(path: "code/analyse/nettoyage.py", size: 10)]),
        ],
        failing: [
            CheckExample(Self.example("data/entretien.csv"), files: [FileEntry(path: "data/entretiens.csv", size: 10)])
                .landing(at: .pointer("/files/0/path")),
            CheckExample(Self.example("code/**/*.R"), files: [FileEntry(path: "code/analyse/nettoyage.py", size: 10)])
                .landing(at: .pointer("/files/0/path")),
            CheckExample(ExampleMetadata.complete + "\ndeliverables:\n  - { path: rapport.pdf, type: REPORT }",
                         files: [FileEntry(path: "deliverables/rapport.pdf", size: 10)])
                .landing(at: .pointer("/deliverables/0/path")),
        ])

    static func example(_ path: String) -> String {
        ExampleMetadata.complete + "\nfiles:\n  - { path: \"\(path)\", personal-data: pseudonymised }"
    }

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let files = deposit.inventory.files.map(\.path)
        var problems: [Problem] = []
        for entry in metadata.files {
            guard let path = entry.value.path else {
                problems.append(.metadata(Messages.noPath, fix: Messages.addPath, at: entry.location.missing("path")))
                continue
            }
            let scope = FilePathScope(written: path.value)
            guard !scope.matchesAny(of: files) else { continue }
            let nearest = Self.nearest(path.value, in: deposit.inventory)
            let fix: String
            if case .glob = scope { fix = Messages.globFix(nearest) } else { fix = Messages.fix(nearest) }
            problems.append(.metadata(Messages.matchesNothing(path.value), fix: fix, at: path.location))
        }
        for entry in metadata.deliverables {
            guard let path = entry.value.path else { continue }
            let relative = DepositPath.normalised(path.value)
            guard !files.contains(relative) else { continue }
            problems.append(.metadata(Messages.matchesNothing(path.value), fix: Messages.fix(Self.nearest(path.value, in: deposit.inventory)),
                                      at: path.location))
        }
        return problems
    }

    /// The existing path (file or folder, folders with a trailing `/`) nearest to `written`.
    static func nearest(_ written: String, in inventory: Inventory) -> String? {
        let target = DepositPath.normalised(written)
        if case .glob = FilePathScope(written: written) {
            // A glob: the first file under its folder part, so the user sees what the folder holds.
            let folder = target.split(separator: "/").prefix { !$0.contains(where: { "*?[".contains($0) }) }
                .joined(separator: "/")
            return inventory.files.map(\.path).first { folder.isEmpty || $0.hasPrefix(folder + "/") }
        }
        var candidates = Set<String>()
        for entry in inventory.files {
            candidates.insert(entry.path)
            var parts = entry.path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                candidates.insert(parts.joined(separator: "/") + "/")
                parts = parts.dropLast()
            }
        }
        let folderWanted = written.hasSuffix("/")
        let sorted = candidates.sorted()
        let limit = max(3, target.count / 3)
        if let near = NearestWord.find(folderWanted ? target + "/" : target, in: sorted, maxDistance: limit) { return near }
        // A glob or a deeper path: the nearest by name, ignoring the folders.
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let byName = sorted.filter { !$0.hasSuffix("/") }
        return byName.first { $0.split(separator: "/").last.map(String.init) == name }
            ?? NearestWord.find(name, in: byName.map { String($0.split(separator: "/").last ?? "") }, maxDistance: 2)
                .flatMap { found in byName.first { $0.hasSuffix("/" + found) || $0 == found } }
    }

    enum Messages {
        static let noPath = "A `files:` entry has no `path`."
        static let addPath = "Add `path:` with a file, a folder (`code/`) or a glob (`code/**/*.py`) from the deposit root."
        static func globFix(_ example: String?) -> String {
            example.map { "Correct the pattern: it matches none of the files there, such as `\($0)`." }
                ?? "Correct the pattern (relative to the deposit root, with the rules of `exclude:`), or remove the entry."
        }
        static func matchesNothing(_ path: String) -> String { "\"\(path)\" matches no file of the deposit, so this entry applies to nothing." }
        static func fix(_ nearest: String?) -> String {
            nearest.map { "Did you mean `\($0)`? Correct `path:` (relative to the deposit root, with / separators)." }
                ?? "Correct `path:` (relative to the deposit root, with / separators), or remove the entry."
        }
    }
}
