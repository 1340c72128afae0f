import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `files.name.case-collision`: no two paths that a computer may take for the same file.
///
/// Two paths collide when they are equal once both are in Unicode NFC and in lower case:
/// `résultats.csv` written precomposed and decomposed (as macOS writes it), or `Data.csv`
/// and `data.csv`. Extracted on a Mac or Windows, or normalised by a tool on the way, one
/// overwrites the other and the bag no longer matches its manifest.
public struct NameCollisionCheck: Check {
    public static let description = CheckDescription(
        id: "files.name.case-collision",
        title: "No two file names differ only by case or Unicode form",
        rationale: "macOS and Windows see `Data.csv` and `data.csv`, or `é` precomposed and decomposed, as one name: extracting the deposit there loses a file, and the bag no longer verifies.",
        principle: "A1",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 1),
                                                                 FileEntry(path: "data/b.csv", size: 1)])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/Data.csv", size: 1),
                                                           FileEntry(path: "data/data.csv", size: 1)])
                .landing(at: .path("data/data.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/re\u{301}sultats.csv", size: 1),
                                                           FileEntry(path: "data/r\u{E9}sultats.csv", size: 1)])
                .landing(at: .path("data/r\u{E9}sultats.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var first: [String: FileEntry] = [:]
        var problems: [Problem] = []
        let entries = deposit.inventory.entries.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        for entry in entries {
            let key = entry.path.precomposedStringWithCanonicalMapping.lowercased()
            if let earlier = first[key] {
                let sameLetters = earlier.path.lowercased() == entry.path.lowercased()
                problems.append(Problem(message: sameLetters ? Messages.unicode(earlier.path) : Messages.caseOnly(earlier.path),
                                        fix: Messages.rename, path: entry.path))
            } else {
                first[key] = entry
            }
        }
        return problems
    }

    enum Messages {
        static func caseOnly(_ other: String) -> String {
            "This name differs from \(other) only by upper and lower case; on macOS and Windows they are one file."
        }
        static func unicode(_ other: String) -> String {
            "This name is \(other) written with other Unicode code points (composed and decomposed accents); most systems show them as one name."
        }
        static let rename = "Rename one of the two, or remove the duplicate."
    }
}
