import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `metadata.crate`: an RO-Crate the deposit already holds agrees with deposit.yaml.
///
/// `pack` keeps such a crate as its base: its entities stay, the File entities are refreshed
/// from the files, and what deposit.yaml says wins where both speak. This check says where
/// they disagree, so that nothing is dropped silently.
public struct ExistingCrateCheck: Check {
    public static let description = CheckDescription(
        id: "metadata.crate",
        title: "An RO-Crate already in the deposit agrees with deposit.yaml",
        rationale: "Deposits exported from lab notebooks and workflow systems carry their own ro-crate-metadata.json; the bag keeps its entities, so a title, licence or file it names must agree with deposit.yaml and the folder.",
        principle: "R1",
        defaultSeverity: .warning,
        needs: [.crate],
        passing: [
            CheckExample(ExampleMetadata.complete),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: ExistingCrate.fileName, size: 300)],
                         facts: [Self.crate(name: "Entretiens avec des enseignants sur le numérique scolaire")]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: ExistingCrate.fileName, size: 10)],
                         facts: [{ var facts = FileFacts(path: ExistingCrate.fileName)
                                   facts.existingCrate = ExistingCrate(bytes: Array("{\"@graph\": ".utf8)); return facts }()])
                .landing(at: .path(ExistingCrate.fileName)),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: ExistingCrate.fileName, size: 300)],
                         facts: [Self.crate(name: "Interviews")])
                .landing(at: .path(ExistingCrate.fileName)),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: ExistingCrate.fileName, size: 300)],
                         facts: [Self.crate(name: "Entretiens avec des enseignants sur le numérique scolaire",
                                            files: ["data/gone.csv"])])
                .landing(at: .path(ExistingCrate.fileName)),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let crate = deposit.facts[ExistingCrate.fileName]?.existingCrate else { return [] }
        let path = ExistingCrate.fileName
        if crate.tooLarge { return [Problem(message: Messages.tooLarge, fix: Messages.split, path: path)] }
        guard let object = try? JSONSerialization.jsonObject(with: Data(crate.bytes)) as? [String: Any],
              let graph = object["@graph"] as? [[String: Any]] else {
            return [Problem(message: Messages.notCrate, fix: Messages.repair, path: path)]
        }
        var problems: [Problem] = []
        let root = graph.first { ($0["@id"] as? String) == "./" }
        if let name = root?["name"] as? String, let title = deposit.metadata?.title?.value, name != title {
            problems.append(Problem(message: Messages.differs("name", name, title), fix: Messages.align, path: path))
        }
        if let text = root?["description"] as? String, let description = deposit.metadata?.description?.value,
           text != description {
            problems.append(Problem(message: Messages.differs("description", Self.short(text), Self.short(description)),
                                    fix: Messages.align, path: path))
        }
        for entity in graph where Self.isFile(entity) {
            guard let id = entity["@id"] as? String, !id.contains("://"), !id.hasPrefix("#") else { continue }
            let relative = id.removingPercentEncoding ?? id
            if deposit.inventory.entry(at: relative) == nil {
                problems.append(Problem(message: Messages.missingFile(id), fix: Messages.addOrRemove, path: path))
            }
        }
        return problems
    }

    static func isFile(_ entity: [String: Any]) -> Bool {
        let types = (entity["@type"] as? [String]) ?? [(entity["@type"] as? String) ?? ""]
        return types.contains("File")
    }

    private static func short(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    static func crate(name: String, files: [String] = []) -> FileFacts {
        var graph: [[String: Any]] = [
            ["@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": ["@id": "./"]],
            ["@id": "./", "@type": "Dataset", "name": name],
        ]
        graph += files.map { ["@id": $0, "@type": "File"] }
        let document: [String: Any] = ["@context": "https://w3id.org/ro/crate/1.2/context", "@graph": graph]
        var facts = FileFacts(path: ExistingCrate.fileName)
        facts.existingCrate = ExistingCrate(bytes: Array(JSONWriter.text(document).utf8))
        return facts
    }

    enum Messages {
        static let tooLarge = "The deposit's ro-crate-metadata.json is too large to read."
        static let split = "Check the crate with `fairpack verify`, or remove it so that pack writes its own."
        static let notCrate = "The deposit's ro-crate-metadata.json is not JSON-LD with an @graph, so pack cannot keep its entities."
        static let repair = "Repair the file (it must be a JSON object with an @graph list), or remove it so that pack writes its own crate."
        static func differs(_ property: String, _ crate: String, _ yaml: String) -> String {
            "The crate's root \(property) is \"\(crate)\" but deposit.yaml says \"\(yaml)\"; the bag will use deposit.yaml's."
        }
        static let align = "Make the two say the same, so readers of either see one dataset."
        static func missingFile(_ id: String) -> String {
            "The crate describes the file \(id), which is not in the deposit; pack leaves that entity out."
        }
        static let addOrRemove = "Add the file to the deposit, or remove its entity from ro-crate-metadata.json."
    }
}
