import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `files.name-encoding`: every file name is valid UTF-8 and free of characters repositories refuse.
public struct NameEncodingCheck: Check {
    public static let description = CheckDescription(
        id: "files.name-encoding",
        title: "File names are portable",
        rationale: "Names that are not UTF-8 show up garbled or break uploads; Dataverse refuses names with \\ / : * ? \" < > | ; # and control characters.",
        principle: "I1",
        defaultSeverity: .error,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "données/entretiens 2021.csv", size: 10)])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "donn\u{FFFD}es.csv", size: 10, nameIsUTF8: false)]).landing(at: .path("donn�es.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/résultats: final?.csv", size: 10)]).landing(at: .path("data/résultats: final?.csv")),
        ])

    static let forbidden = Set("\\:*?\"<>|;#")

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.entries.compactMap { entry in
            if !entry.nameIsUTF8 {
                return Problem(message: Messages.notUTF8, fix: Messages.renameUTF8, path: entry.path)
            }
            let bad = entry.path.filter { Self.forbidden.contains($0) || ($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) }
            guard !bad.isEmpty else { return nil }
            return Problem(message: Messages.forbidden(String(Set(bad).sorted())), fix: Messages.renamePlain, path: entry.path)
        }
    }

    enum Messages {
        static let notUTF8 = "This name is not valid UTF-8 (shown with � where bytes are invalid)."
        static let renameUTF8 = "Rename the file from a system that writes UTF-8 names (convmv can convert a whole tree)."
        static func forbidden(_ characters: String) -> String {
            "This name contains characters repositories refuse: \(characters.debugDescription.dropFirst().dropLast())."
        }
        static let renamePlain = "Rename it using letters, digits, spaces, '-', '_' and '.' only."
    }
}
