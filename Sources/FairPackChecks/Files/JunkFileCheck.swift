import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.junk`: no file left behind by an operating system, an editor or version control.
public struct JunkFileCheck: Check {
    public static let description = CheckDescription(
        id: "files.junk",
        title: "No system or editor leftovers",
        rationale: ".DS_Store, Thumbs.db, __MACOSX folders, Office lock files and editor backups say nothing about the research and clutter every download.",
        principle: "R1",
        defaultSeverity: .warning,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/.DS_Store", size: 6_148)]).landing(at: .path("data/.DS_Store")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "rapport/~$rapport.docx", size: 162)]).landing(at: .path("rapport/~$rapport.docx")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "__MACOSX/data/._a.csv", size: 120)]).landing(at: .path("__MACOSX/data/._a.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "scripts/clean.py~", size: 120)]).landing(at: .path("scripts/clean.py~")),
        ])

    /// Names that are junk wherever they are, lowercased.
    static let junkNames: Set<String> = [".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".localized", ".directory"]
    /// Folders whose whole content is junk.
    static let junkFolders: Set<String> = ["__MACOSX", ".git", ".svn", ".hg", ".Trashes", ".Spotlight-V100", ".fseventsd", "__pycache__", ".ipynb_checkpoints"]

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let what = Self.junk(file.path) else { return nil }
            return Problem(message: Messages.junk(what), fix: Messages.remove, path: file.path)
        }
    }

    /// What left the file behind, or nil when it is not junk.
    static func junk(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        if let folder = parts.dropLast().first(where: junkFolders.contains) { return "the \(folder) folder" }
        guard let name = parts.last else { return nil }
        if junkNames.contains(name.lowercased()) { return "the operating system (\(name))" }
        if name.hasPrefix("._") { return "macOS (resource fork)" }
        if name.hasPrefix("~$") || name.hasPrefix(".~lock.") { return "an office suite (lock file)" }
        if name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".bak")
            || (name.hasPrefix("#") && name.hasSuffix("#")) { return "an editor (backup or swap file)" }
        if name.lowercased().hasSuffix(".pyc") { return "Python (compiled cache)" }
        return nil
    }

    enum Messages {
        static func junk(_ what: String) -> String { "This file was left behind by \(what) and is not part of the research." }
        static let remove = "Delete it, or list it under exclude: in deposit.yaml."
    }
}
