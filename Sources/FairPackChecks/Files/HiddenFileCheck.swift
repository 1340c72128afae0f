import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.hidden`: no hidden file or folder slips into the deposit unnoticed.
public struct HiddenFileCheck: Check {
    public static let description = CheckDescription(
        id: "files.hidden",
        title: "No hidden files",
        rationale: "Files whose name starts with a dot are hidden by file managers: they are deposited without anyone having looked at them (settings, credentials, caches).",
        principle: "R1",
        defaultSeverity: .note,
        parameters: [Self.allowedParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 10)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "code/.gitignore", size: 10)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "code/.env", size: 40)]).landing(at: .path("code/.env")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: ".cache/run.log", size: 40)]).landing(at: .path(".cache/run.log")),
        ])

    /// The `allowed` parameter.
    static let allowedParameter = Parameter<[String]>("allowed", "Hidden names that are fine to deposit.",
                                                       default: [".gitignore", ".gitattributes", ".zenodo.json", ".editorconfig"])

    let allowed: Set<String>

    public init(settings: CheckSettings) {
        allowed = Set(settings[Self.allowedParameter])
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            let parts = file.path.split(separator: "/").map(String.init)
            guard let hidden = parts.first(where: { $0.hasPrefix(".") && !allowed.contains($0) }),
                  JunkFileCheck.junk(file.path) == nil else { return nil }
            return Problem(message: Messages.hidden(hidden), fix: Messages.review, path: file.path)
        }
    }

    enum Messages {
        static func hidden(_ name: String) -> String { "\"\(name)\" is hidden: file managers do not show it." }
        static let review = "Check that it belongs in the deposit (no settings or credentials); delete it or list it under exclude: in deposit.yaml."
    }
}
