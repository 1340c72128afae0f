import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.unknown-key`: every key of `deposit.yaml` is one fairpack understands.
public struct UnknownKeyCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.unknown-key",
        title: "deposit.yaml has no unknown keys",
        rationale: "A misspelt key (`keyword:` for `keywords:`) is silently ignored by every tool, so the value it holds never reaches the repository.",
        principle: "R1",
        defaultSeverity: .error,
        parameters: [Self.allowedKeysParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.complete + "\nproject: TECHNE#REVE", settings: ["allowed-keys": .list(["project"])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.replacing("keywords", with: "keyword: [numérique, école, entretiens]")).landing(at: .pointer("/keyword")),
            CheckExample(ExampleMetadata.complete.replacingOccurrences(of: "    orcid:", with: "    orcidd:")).landing(at: .pointer("/authors/0/orcidd")),
        ])

    /// The `allowed-keys` parameter.
    static let allowedKeysParameter = Parameter<[String]>("allowed-keys", "Extra keys to accept, as dotted paths (`project`, `authors.*.idhal`).",
                                    default: [])

    let allowedKeys: Set<String>

    public init(settings: CheckSettings) {
        allowedKeys = Set(settings[Self.allowedKeysParameter])
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        return MetadataSchema.unknownKeys(in: metadata.document, allowing: allowedKeys).map { entry, section, known in
            let suggestion = NearestWord.find(entry.key, in: known, maxDistance: 3)
            let place = section.isEmpty ? "at the top level" : "in `\(section.replacingOccurrences(of: ".*", with: "[]"))`"
            return .metadata(Messages.unknown(entry.key, place), fix: Messages.rename(suggestion, known),
                             at: entry.keyLocation)
        }
    }

    enum Messages {
        static func unknown(_ key: String, _ place: String) -> String { "Unknown key `\(key)` \(place)." }
        static func rename(_ suggestion: String?, _ known: [String]) -> String {
            if let suggestion { return "Did you mean `\(suggestion)`? Rename the key." }
            return "Use one of: " + known.joined(separator: ", ") + "."
        }
    }
}
