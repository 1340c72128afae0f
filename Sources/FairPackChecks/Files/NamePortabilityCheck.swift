import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// `files.name.portable` (formerly `files.name-encoding`): every path can be written on every
/// system and accepted by the repositories.
///
/// A name must be valid UTF-8 in Unicode NFC, free of the characters Dataverse refuses and of
/// control characters, not a Windows reserved device name, not start or end with a space or
/// end with a dot, and the whole path must stay within `max-path-length` characters.
public struct NamePortabilityCheck: Check {
    public static let description = CheckDescription(
        id: "files.name.portable",
        title: "File names are portable",
        rationale: "Names that are not UTF-8 show up garbled or break uploads; Dataverse refuses names with \\ / : * ? \" < > | ; # and control characters; Windows cannot create CON, AUX or NUL, names ending with a space or a dot, or paths longer than 260 characters.",
        principle: "I1",
        defaultSeverity: .error,
        parameters: [Self.maxPathLengthParameter.declaration, Self.dataverseFoldersParameter.declaration],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/entretiens 2021 été.csv", size: 10)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "donnees/entretiens-2021 été.csv", size: 10)],
                         settings: ["dataverse-folders": .flag(true)]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "donn\u{FFFD}es.csv", size: 10, nameIsUTF8: false)]).landing(at: .path("donn�es.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/résultats: final?.csv", size: 10)]).landing(at: .path("data/résultats: final?.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/con.txt", size: 10)]).landing(at: .path("data/con.txt")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/notes. ", size: 10)]).landing(at: .path("data/notes. ")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/re\u{301}sultats.csv", size: 10)]).landing(at: .path("data/re\u{301}sultats.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/tableau-final.csv", size: 10)],
                         settings: ["max-path-length": .integer(12)]).landing(at: .path("data/tableau-final.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "données/entretiens 2021.csv", size: 10)],
                         settings: ["dataverse-folders": .flag(true)]).landing(at: .path("données/")),
        ])

    /// The `dataverse-folders` parameter.
    static let dataverseFoldersParameter = Parameter<Bool>(
        "dataverse-folders",
        "Whether folder names must fit Dataverse's directoryLabel: ASCII letters, digits, '_', '-', '.' and spaces.",
        default: false)

    /// The `max-path-length` parameter.
    static let maxPathLengthParameter = Parameter<Int>("max-path-length", "The longest path accepted, in characters from the deposit root.", default: 200, minimum: 1)

    static let forbidden = Set("\\:*?\"<>|;#")

    /// Device names Windows reserves, whatever the extension (`con.txt` too).
    static let reserved: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul", "conin$", "conout$"]
        for digit in 0...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    let maxPathLength: Int
    let dataverseFolders: Bool

    public init(settings: CheckSettings) {
        maxPathLength = settings[Self.maxPathLengthParameter]
        dataverseFolders = settings[Self.dataverseFoldersParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        let names = deposit.inventory.entries.compactMap { entry -> Problem? in
            guard let message = problem(in: entry) else { return nil }
            return Problem(message: message.text, fix: message.fix, path: entry.path)
        }
        return names + (dataverseFolders ? DataverseFolderNames.problems(deposit) : [])
    }

    private func problem(in entry: FileEntry) -> (text: String, fix: String)? {
        if !entry.nameIsUTF8 { return (Messages.notUTF8, Messages.renameUTF8) }
        let bad = entry.path.filter { Self.forbidden.contains($0) || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
        if !bad.isEmpty { return (Messages.forbidden(String(Set(bad).sorted())), Messages.renamePlain) }
        for part in entry.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            let stem = part.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? part
            if Self.reserved.contains(stem.lowercased().trimmingCharacters(in: .whitespaces)) {
                return (Messages.reservedName(part), Messages.renameReserved)
            }
            if part.hasPrefix(" ") || part.hasSuffix(" ") || (part.hasSuffix(".") && part != "." && part != "..") {
                return (Messages.edges(part), Messages.trim)
            }
        }
        if entry.path.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(entry.path.unicodeScalars) == false {
            return (Messages.notNFC, Messages.renameNFC)
        }
        if entry.path.count > maxPathLength { return (Messages.tooLong(entry.path.count, maxPathLength), Messages.shorten) }
        return nil
    }

    enum Messages {
        static let notUTF8 = "This name is not valid UTF-8 (shown with � where bytes are invalid)."
        static let renameUTF8 = "Rename the file from a system that writes UTF-8 names (convmv can convert a whole tree)."
        static func forbidden(_ characters: String) -> String {
            "This name contains characters repositories refuse: \(characters.debugDescription.dropFirst().dropLast())."
        }
        static let renamePlain = "Rename it using letters, digits, spaces, '-', '_' and '.' only."
        static func reservedName(_ part: String) -> String { "\"\(part)\" is a device name Windows reserves: the file cannot be created there." }
        static let renameReserved = "Rename it, for example by adding a word before the extension."
        static func edges(_ part: String) -> String { "\"\(part)\" starts or ends with a space, or ends with a dot, which Windows drops." }
        static let trim = "Rename it without the leading or trailing spaces and the final dot."
        static let notNFC = "This name is written in decomposed Unicode (as macOS writes it), so other systems may see another name."
        static let renameNFC = "Rename it in composed form (NFC), for example with convmv --nfc."
        static func tooLong(_ length: Int, _ limit: Int) -> String { "This path has \(length) characters, more than the \(limit) accepted." }
        static let shorten = "Shorten the folder or file names."
    }
}
