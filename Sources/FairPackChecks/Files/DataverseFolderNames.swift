import FairPackDeposit
import FairPackInspection
import Foundation

/// Folder names Dataverse refuses as a `directoryLabel` (`[\\w\\\\/. -]+`, with an ASCII `\\w`):
/// the part of `files.name.portable` that the `dataverse-folders` parameter turns on.
enum DataverseFolderNames {
    /// One problem per folder whose name Dataverse refuses, reported once at the folder
    /// (`données/`), with the ASCII name to use.
    static func problems(_ deposit: InspectedDeposit) -> [Problem] {
        var seen = Set<String>()
        var problems: [Problem] = []
        for entry in deposit.inventory.entries where entry.nameIsUTF8 {
            let parts = entry.path.split(separator: "/").dropLast()
            for depth in parts.indices {
                let folder = parts[...depth].joined(separator: "/")
                guard seen.insert(folder).inserted, !isDirectoryLabel(String(parts[depth])) else { continue }
                problems.append(Problem(message: Messages.folder(String(parts[depth])),
                                        fix: Messages.renameFolder(directoryLabel(for: String(parts[depth]))),
                                        path: folder + "/"))
            }
        }
        return problems
    }

    /// True when Dataverse accepts `name` in a `directoryLabel`: ASCII letters, digits, `_`, `-`, `.`, space.
    static func isDirectoryLabel(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && allowed.contains($0) }
    }

    /// `name` as Dataverse accepts it: accents stripped (`Données` → `Donnees`), other characters as `_`.
    static func directoryLabel(for name: String) -> String {
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
        let mapped = String(String.UnicodeScalarView(folded.unicodeScalars.map { scalar in
            scalar.isASCII && allowed.contains(scalar) ? scalar : "_"
        }))
        return mapped.isEmpty ? "_" : mapped
    }

    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. ")

    enum Messages {
        static func folder(_ name: String) -> String {
            "Dataverse refuses the folder name \"\(name)\" at upload: folder names may hold only ASCII letters, digits, spaces, '-', '_' and '.'."
        }
        static func renameFolder(_ ascii: String) -> String { "Rename the folder to \"\(ascii)\"." }
    }
}
