/// Titles and authors that word processors, print drivers and scanners leave in a PDF's metadata.
///
/// Plain string rules, not regular expressions: Foundation's `NSRegularExpression` on Linux leaves
/// CoreFoundation's copy of each compiled expression allocated, which LeakSanitizer reported.
enum PlaceholderText {
    /// Whether `text` (trimmed, lower-cased here) is empty or a placeholder title.
    static func isTitle(_ text: String) -> Bool {
        let title = normalised(text)
        if title.isEmpty || exactTitles.contains(title) { return true }
        if titlePrefixes.contains(where: title.hasPrefix) { return true }
        if fileSuffixes.contains(where: title.hasSuffix) { return true }
        // A word then a number, as office suites count new documents: "Document1", "Classeur 2", "IMG_2041".
        for (word, separators, needsDigits) in numberedWords {
            guard title.hasPrefix(word) else { continue }
            var rest = Substring(title.dropFirst(word.count))
            if let first = rest.first, separators.contains(first) { rest = rest.dropFirst() }
            if rest.allSatisfy({ $0.isASCII && $0.isNumber }), !needsDigits || !rest.isEmpty { return true }
        }
        return false
    }

    /// Whether `text` (trimmed, lower-cased here) is empty or a placeholder author.
    static func isAuthor(_ text: String) -> Bool {
        let author = normalised(text)
        return author.isEmpty || authors.contains(author)
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static let exactTitles: Set<String> = [
        "titre", "title", "présentation powerpoint", "powerpoint presentation", "diapositive 1", "new document",
        "nouveau document", "sample", "test", "no job name", "microsoft word", "microsoft powerpoint", "microsoft excel",
        "microsoft outlook", "microsoft publisher", "keynote presentation", "google slides presentation",
        "libreoffice impress presentation", "document sans titre", "template", "modèle", "model", "pdf",
    ]

    private static let titlePrefixes = [
        "microsoft word - ", "microsoft powerpoint - ", "microsoft excel - ", "untitled", "sans titre", "print job",
        "sans nom", "unnamed", "scan", "numérisation", "adobe indesign", "adobe illustrator", "adobe photoshop",
    ]

    /// A title that is a file name: the word processor's name for the document, extension included.
    private static let fileSuffixes = [".doc", ".docx", ".odt", ".ppt", ".pptx", ".rtf", ".tex"]

    /// Words followed by a number (optional when `needsDigits` is false), with the separators allowed between.
    private static let numberedWords: [(String, Set<Character>, Bool)] = [
        ("document", [], false), ("présentation", [], false), ("presentation", [], false), ("book", [], false),
        ("classeur", [], false), ("sheet", [], false), ("feuille", [], false), ("tableau", [], false),
        ("doc", [], true), ("slide", [" "], true), ("img", ["-", "_", " "], true), ("dscn", ["-", "_", " "], true),
        ("dsc", ["-", "_", " "], true), ("layout", [" "], true), ("page", [" "], true),
    ]

    private static let authors: Set<String> = [
        "unknown", "inconnu", "user", "utilisateur", "utilisateur windows", "admin", "administrator", "administrateur",
        "owner", "author", "auteur", "microsoft office user", "windows user", "pc", "hp", "dell",
    ]
}
