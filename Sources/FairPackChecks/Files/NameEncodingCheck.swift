import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation
/// `files.name-encoding`: every file name is valid UTF-8 and free of characters repositories refuse;
/// with `dataverse-folders`, folder names also fit Dataverse's `directoryLabel` (`[\w\\/. -]+`, ASCII `\w`).
public struct NameEncodingCheck: Check {
    public static let description = CheckDescription(
        id: "files.name-encoding",
        title: "File names are portable",
        rationale: "Names that are not UTF-8 show up garbled or break uploads; Dataverse refuses names with \\ / : * ? \" < > | ; # and control characters.",
        principle: "I1",
        defaultSeverity: .error,
        parameters: [Self.dataverseFoldersParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "donnees/entretiens-2021 été.csv", size: 10)],
                         settings: ["dataverse-folders": .flag(true)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/entretiens 2021 été.csv", size: 10)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "données/entretiens 2021.csv", size: 10)],
                         settings: ["dataverse-folders": .flag(true)]).landing(at: .path("données/")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "donn\u{FFFD}es.csv", size: 10, nameIsUTF8: false)]).landing(at: .path("donn�es.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/résultats: final?.csv", size: 10)]).landing(at: .path("data/résultats: final?.csv")),
        ])

    static let forbidden = Set("\\:*?\"<>|;#")

    /// The `dataverse-folders` parameter.
    static let dataverseFoldersParameter = Parameter<Bool>(
        "dataverse-folders", "Whether folder names must fit Dataverse's directoryLabel: ASCII letters, digits, '_', '-', '.' and spaces.",
        default: false)

    let dataverseFolders: Bool

    public init(settings: CheckSettings) {
        dataverseFolders = settings[Self.dataverseFoldersParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        names(deposit) + (dataverseFolders ? folders(deposit) : [])
    }

    /// One problem per folder whose name Dataverse refuses as a `directoryLabel`, reported once
    /// at the folder (`données/`), with the ASCII name to use.
    private func folders(_ deposit: InspectedDeposit) -> [Problem] {
        var seen = Set<String>()
        var problems: [Problem] = []
        for entry in deposit.inventory.entries where entry.nameIsUTF8 {
            let parts = entry.path.split(separator: "/").dropLast()
            for depth in parts.indices {
                let folder = parts[...depth].joined(separator: "/")
                guard seen.insert(folder).inserted, !Self.isDirectoryLabel(String(parts[depth])) else { continue }
                problems.append(Problem(message: Messages.folder(String(parts[depth])),
                                        fix: Messages.renameFolder(Self.directoryLabel(for: String(parts[depth]))),
                                        path: folder + "/"))
            }
        }
        return problems
    }

    /// True when Dataverse accepts `name` in a `directoryLabel`: ASCII letters, digits, `_`, `-`, `.`, space.
    static func isDirectoryLabel(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && (allowedFolderScalars.contains($0)) }
    }

    /// `name` as Dataverse accepts it: accents stripped (`Données` → `Donnees`), other characters as `_`.
    static func directoryLabel(for name: String) -> String {
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
        let mapped = String(String.UnicodeScalarView(folded.unicodeScalars.map { scalar in
            scalar.isASCII && allowedFolderScalars.contains(scalar) ? scalar : "_"
        }))
        return mapped.isEmpty ? "_" : mapped
    }

    private static let allowedFolderScalars = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. ")

    private func names(_ deposit: InspectedDeposit) -> [Problem] {
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
        static func folder(_ name: String) -> String {
            "Dataverse refuses the folder name \"\(name)\" at upload: folder names may hold only ASCII letters, digits, spaces, '-', '_' and '.'."
        }
        static func renameFolder(_ ascii: String) -> String { "Rename the folder to \"\(ascii)\"." }
    }
}
