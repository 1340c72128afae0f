import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.size`: no file is larger than the repository accepts, and none is empty.
public struct FileSizeCheck: Check {
    public static let description = CheckDescription(
        id: "files.size",
        title: "File sizes are within limits",
        rationale: "Repositories cap the size of one upload, and an empty file is almost always an export that failed.",
        principle: "A1",
        defaultSeverity: .warning,
        parameters: [
            Self.maxBytesParameter.declaration,
            Self.allowEmptyParameter.declaration,
            Self.emptyByDesignParameter.declaration,
        ],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 2_000)],
                         settings: ["max-bytes": .integer(10_000)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "code/analyse/__init__.py", size: 0),
                                                           FileEntry(path: "resultats/.gitkeep", size: 0)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "video/webinaire.mp4", size: 12_000_000_000)],
                         settings: ["max-bytes": .integer(10_737_418_240)]).landing(at: .path("video/webinaire.mp4")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/export.csv", size: 0)]).landing(at: .path("data/export.csv")),
        ])

    /// The `max-bytes` parameter.
    static let maxBytesParameter = Parameter<Int>("max-bytes", "The largest file accepted, in bytes (0: no limit).", default: 0, minimum: 0)

    /// The `allow-empty` parameter.
    static let allowEmptyParameter = Parameter<Bool>("allow-empty", "Whether empty files are accepted.", default: false)

    /// The `empty-by-design` parameter.
    static let emptyByDesignParameter = Parameter<[String]>(
        "empty-by-design", "File names that are empty on purpose and never reported as empty (globs allowed).",
        default: [".gitkeep", ".keep", "__init__.py", ".nojekyll", ".gitignore", "py.typed", ".placeholder"])

    let maxBytes: Int
    let allowEmpty: Bool
    let emptyByDesign: [PathPattern]

    public init(settings: CheckSettings) {
        maxBytes = settings[Self.maxBytesParameter]
        allowEmpty = settings[Self.allowEmptyParameter]
        emptyByDesign = settings[Self.emptyByDesignParameter].map(PathPattern.init)
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            if maxBytes > 0, file.size > UInt64(maxBytes) {
                return Problem(message: Messages.tooLarge(file.size, maxBytes), fix: Messages.split, path: file.path)
            }
            if !allowEmpty, file.size == 0, !emptyByDesign.contains(where: { $0.matches(file.path, isFolder: false) }) {
                return Problem(message: Messages.empty, fix: Messages.fillOrRemove, path: file.path)
            }
            return nil
        }
    }

    enum Messages {
        static func tooLarge(_ size: UInt64, _ limit: Int) -> String {
            "This file has \(ByteCount.format(size)), more than the \(ByteCount.format(UInt64(limit))) accepted."
        }
        static let split = "Split or compress the file, or ask the repository how to deposit large files."
        static let empty = "This file is empty."
        static let fillOrRemove = "Export it again, or remove it from the deposit."
    }
}
