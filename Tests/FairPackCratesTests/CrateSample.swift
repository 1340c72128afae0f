import Foundation
import FairPackCrates
import Testing

/// A small crate built in code: its metadata JSON and its payload files.
struct CrateSample: Sendable, CustomTestStringConvertible {
    let name: String
    let json: String
    let files: [String]
    /// The rule the sample must break (nil: it must pass at the required level).
    let broken: CrateRule?

    var testDescription: String { name }

    var document: CrateDocument { CrateDocument(data: Data(json.utf8)) }
    var payload: CratePayload { CratePayload(files: files + ["ro-crate-metadata.json"]) }

    func findings(_ level: CrateLevel = .required) -> [CrateFinding] {
        CrateValidator.validate(document, payload: payload, level: level)
    }

    /// A minimal valid crate of a version with extra entities and root members spliced in.
    static func crate(
        version: String = "1.2", root: String = "", entities: String = "", context: String? = nil,
        descriptor: String? = nil
    ) -> String {
        let contextValue = context ?? "\"https://w3id.org/ro/crate/\(version)/context\""
        let descriptorValue = descriptor ?? """
            {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
             "conformsTo": {"@id": "https://w3id.org/ro/crate/\(version)"}}
            """
        return """
            {"@context": \(contextValue),
             "@graph": [
              \(descriptorValue),
              {"@id": "./", "@type": "Dataset", "name": "Survey", "description": "Answers to the survey.",
               "datePublished": "2024-05-17", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}\(root)}\(entities)
             ]}
            """
    }

    /// Writes the sample as a crate folder (metadata plus empty payload files).
    func write(into folder: URL) throws {
        let crate = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: crate, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: crate.appendingPathComponent("ro-crate-metadata.json"))
        for file in files {
            let url = crate.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("a,b\n1,2\n".utf8).write(to: url)
        }
    }
}
