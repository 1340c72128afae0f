import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.empty`: no file is empty, except the names that are empty by design (`.gitkeep`,
/// `__init__.py`…). Repositories refuse or hide empty uploads, and an empty data file is almost
/// always an export that failed.
public struct EmptyFileCheck: Check {
    public static let description = CheckDescription(
        id: "files.empty",
        title: "No file is empty",
        rationale: "An empty file is almost always an export that failed, and some repositories refuse empty uploads.",
        principle: "R1",
        defaultSeverity: .warning,
        parameters: [Self.emptyByDesignParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 2_000)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "code/analyse/__init__.py", size: 0),
                                                           FileEntry(path: "resultats/.gitkeep", size: 0)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/export.csv", size: 0)]).landing(at: .path("data/export.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "code/__init__.py", size: 0)],
                         settings: ["empty-by-design": .list([".gitkeep"])]).landing(at: .path("code/__init__.py")),
        ])

    /// The `empty-by-design` parameter.
    static let emptyByDesignParameter = Parameter<[String]>(
        "empty-by-design", "File names that are empty on purpose and never reported (globs allowed).",
        default: [".gitkeep", ".keep", "__init__.py", ".nojekyll", ".gitignore", "py.typed", ".placeholder"])

    let emptyByDesign: [PathPattern]

    public init(settings: CheckSettings) {
        emptyByDesign = settings[Self.emptyByDesignParameter].map(PathPattern.init)
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard file.size == 0, !emptyByDesign.contains(where: { $0.matches(file.path, isFolder: false) }) else { return nil }
            return Problem(message: Messages.empty, fix: Messages.fillOrRemove, path: file.path)
        }
    }

    enum Messages {
        static let empty = "This file is empty."
        static let fillOrRemove = "Export it again, or remove it from the deposit; if it is empty on purpose, list its name under the rule's empty-by-design."
    }
}
