import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.size`: no file, and not the whole deposit, is larger than the repository accepts.
/// Empty files are `files.empty`'s.
public struct FileSizeCheck: Check {
    public static let description = CheckDescription(
        id: "files.size",
        title: "File sizes are within limits",
        rationale: "Repositories cap the size of one upload and of a whole dataset; a deposit over either is refused at upload time.",
        principle: "A1",
        defaultSeverity: .warning,
        parameters: [
            Self.maxBytesParameter.declaration,
            Self.maxTotalBytesParameter.declaration,
        ],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 2_000)],
                         settings: ["max-bytes": .integer(10_000), "max-total-bytes": .integer(10_000)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/export.csv", size: 0)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "video/webinaire.mp4", size: 12_000_000_000)],
                         settings: ["max-bytes": .integer(10_737_418_240)]).landing(at: .path("video/webinaire.mp4")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 6_000), FileEntry(path: "data/b.csv", size: 6_000)],
                         settings: ["max-total-bytes": .integer(10_000)]).landing(at: .pointer("")),
        ])

    /// The `max-bytes` parameter.
    static let maxBytesParameter = Parameter<Int>("max-bytes", "The largest file accepted, in bytes (0: no limit).", default: 0, minimum: 0)

    /// The `max-total-bytes` parameter.
    static let maxTotalBytesParameter = Parameter<Int>(
        "max-total-bytes", "The largest deposit accepted, all files together, in bytes (0: no limit).", default: 0, minimum: 0)

    let maxBytes: Int
    let maxTotalBytes: Int

    public init(settings: CheckSettings) {
        maxBytes = settings[Self.maxBytesParameter]
        maxTotalBytes = settings[Self.maxTotalBytesParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var problems: [Problem] = deposit.inventory.files.compactMap { file in
            guard maxBytes > 0, file.size > UInt64(maxBytes) else { return nil }
            return Problem(message: Messages.tooLarge(file.size, maxBytes), fix: Messages.split, path: file.path)
        }
        let total = deposit.inventory.files.reduce(UInt64(0)) { $0 + $1.size }
        if maxTotalBytes > 0, total > UInt64(maxTotalBytes) {
            // A deposit-wide finding: it lands on deposit.yaml as a whole.
            let message = Messages.depositTooLarge(total, deposit.inventory.files.count, maxTotalBytes)
            problems.append(Problem(message: message, fix: Messages.splitDeposit, path: DepositMetadata.fileName,
                                    location: deposit.metadata?.rootLocation))
        }
        return problems
    }

    enum Messages {
        static func tooLarge(_ size: UInt64, _ limit: Int) -> String {
            "This file has \(ByteCount.format(size)), more than the \(ByteCount.format(UInt64(limit))) accepted."
        }
        static let split = "Split or compress the file, or ask the repository how to deposit large files."
        static func depositTooLarge(_ size: UInt64, _ files: Int, _ limit: Int) -> String {
            "The deposit's \(files) files hold \(ByteCount.format(size)), more than the \(ByteCount.format(UInt64(limit))) accepted for one dataset."
        }
        static let splitDeposit = "Split the deposit into several datasets, or ask the repository how to deposit large data."
    }
}
