import FairPackBase
import Foundation

/// How a `files:` entry's `path:` names files: one file, a folder and all it holds, or a glob.
public enum FilePathScope: Sendable, Equatable {
    /// A path with no glob character: the file at that path, or everything under that folder.
    case exact(String)
    /// A glob with the rules of `exclude:` (``PathPattern``).
    case glob(PathPattern)

    /// The scope of a path as written in deposit.yaml.
    public init(written: String) {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        if trimmed.contains(where: { "*?[".contains($0) }) {
            var body = Substring(trimmed)
            while body.hasPrefix("./") { body = body.dropFirst(2) }
            self = .glob(PathPattern(String(body)))
        } else {
            self = .exact(DepositPath.normalised(trimmed))
        }
    }

    /// How specifically the scope names `path`: nil when it does not, else a rank where a larger
    /// value is more specific (the file itself, then the deepest folder, then any glob).
    public func specificity(for path: String) -> Int? {
        switch self {
        case .exact(let written):
            if written == path { return Int.max }
            if written.isEmpty || path.hasPrefix(written + "/") { return 1 + written.utf8.count }
            return nil
        case .glob(let pattern):
            return pattern.matches(path, isFolder: false) ? 0 : nil
        }
    }

    /// True when the scope names at least one of `paths`.
    public func matchesAny(of paths: [String]) -> Bool {
        paths.contains { specificity(for: $0) != nil }
    }
}

extension DepositMetadata {
    /// What `files:` says of the file at `path` (inventory form, `data/a.csv`).
    ///
    /// An entry's `path:` may name the file, a folder (`code/` or `code`: everything under it)
    /// or a glob (`code/**/*.py`, with the rules of `exclude:`). Each value (description,
    /// licence, personal data) comes from the most specific entry that gives it: the file's own
    /// entry, else the deepest folder, else the first glob written. Nil when no entry applies.
    public func fileDescription(for path: String) -> FileDescription? {
        let ranked = files.enumerated().compactMap { index, entry -> (rank: Int, index: Int, value: FileDescription)? in
            guard let written = entry.value.path?.value,
                  let rank = FilePathScope(written: written).specificity(for: path) else { return nil }
            return (rank, index, entry.value)
        }.sorted { ($0.rank, -$0.index) > ($1.rank, -$1.index) }
        guard let first = ranked.first else { return nil }
        var merged = first.value
        for candidate in ranked.dropFirst() {
            if merged.description == nil { merged.description = candidate.value.description }
            if merged.licence == nil { merged.licence = candidate.value.licence }
            if merged.personalData == nil { merged.personalData = candidate.value.personalData }
        }
        return merged
    }

    /// The `deliverables:` entry for the file at `path`, if any.
    public func deliverable(for path: String) -> Deliverable? {
        deliverables.first { DepositPath.matches($0.value.path, path) }?.value
    }
}
