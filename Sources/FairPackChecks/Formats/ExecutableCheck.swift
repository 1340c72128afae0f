import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.executable`: the deposit holds no compiled program.
public struct ExecutableCheck: Check {
    public static let description = CheckDescription(
        id: "files.executable",
        title: "No compiled programs",
        rationale: "Binaries run on one platform for a few years, cannot be reviewed and worry repository curators; the source code is what can be reused.",
        principle: "R1",
        defaultSeverity: .warning,
        needs: [.format],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20)],
                         facts: [FormatExamples.facts("data/a.csv", FormatExamples.csv)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "bin/analyse", size: 40_960)],
                         facts: [FormatExamples.facts("bin/analyse", FormatExamples.elf)]).landing(at: .path("bin/analyse")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let format = deposit.facts[file.path]?.format, format.isExecutable, !format.isTextual else { return nil }
            return Problem(message: Messages.executable(format.name), fix: Messages.deposit, path: file.path)
        }
    }

    enum Messages {
        static func executable(_ name: String) -> String { "This file is a compiled program (\(name))." }
        static let deposit = "Deposit its source code and build instructions instead, or a software archive such as Software Heritage."
    }
}
