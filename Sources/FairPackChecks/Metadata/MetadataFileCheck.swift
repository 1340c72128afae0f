import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `metadata.file`: `deposit.yaml` exists, parses, and every value has the expected shape.
public struct MetadataFileCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.file",
        title: "deposit.yaml exists and can be read",
        rationale: "All descriptive metadata comes from deposit.yaml; without it, or with a syntax error, nothing else can be checked.",
        principle: "F2",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete)],
        failing: [
            CheckExample(nil).landing(at: .path("deposit.yaml")),
            CheckExample("title: \"Entretiens\nlicence: etalab-2.0").landing(at: .pointer("")),
            CheckExample(ExampleMetadata.replacing("title", with: "title: [Entretiens, Enquête]")).landing(at: .pointer("/title")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        let file = DepositMetadata.fileName
        switch deposit.metadataState {
        case .missing:
            return [Problem(message: Messages.missing, fix: Messages.create, path: file)]
        case .invalid(let error):
            let location = error.line.map { SourceLocation(line: $0, column: error.column ?? 1, pointer: "") }
            return [Problem(message: Messages.invalid(error.message), fix: location == nil ? Messages.repairFile : Messages.repair,
                            path: file, location: location)]
        case .parsed(let metadata):
            return metadata.shapeProblems.map { .metadata($0.message.capitalizedFirst + ".", fix: $0.fix, at: $0.location) }
        }
    }

    enum Messages {
        static let missing = "The deposit has no deposit.yaml."
        static let create = "Run `fairpack init` in the folder, then fill in deposit.yaml."
        static func invalid(_ detail: String) -> String { "deposit.yaml cannot be read: \(detail)." }
        static let repair = "Correct the YAML at that line (indentation, quotes, a missing colon)."
        /// For an error the YAML reader could not place (bytes that are not UTF-8, a document it cannot start).
        static let repairFile = "Save deposit.yaml as UTF-8 text and check that it is YAML (`key: value` lines)."
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
