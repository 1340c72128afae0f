import Foundation

/// Files the tests read: real licence files under Fixtures/, official texts under Sources/FairPackLicences/Texts.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let officialTexts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/FairPackLicences/Texts")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func official(_ name: String) throws -> String {
        try String(contentsOf: officialTexts.appendingPathComponent(name), encoding: .utf8)
    }

    static func officialNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: officialTexts.path).filter { $0.hasSuffix(".txt") && $0 != "SOURCES.txt" }.sorted()
    }

    /// The id a text file's name stands for: `etalab-2.0.fr-lo.txt` gives `etalab-2.0`.
    static func licenceId(ofOfficial name: String) -> String {
        var parts = name.dropLast(4).split(separator: ".").map(String.init)
        if let last = parts.last, parts.count > 1, last.first?.isLetter == true, last.count >= 2 { parts.removeLast() }
        return parts.joined(separator: ".")
    }

    /// The official text rendered as Markdown the way READMEs and LICENSE.md files do: a heading,
    /// a copyright line, paragraphs re-flowed, emphasis, bullets and a link added.
    static func markdown(from text: String, title: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map {
            $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }.filter { !$0.isEmpty }
        var lines = ["# \(title)", "", "Copyright (c) 2024 Équipe Données Ouvertes", ""]
        for (index, paragraph) in paragraphs.enumerated() {
            switch index % 4 {
            case 1: lines.append("- " + paragraph)
            case 2: lines.append("**" + paragraph + "**")
            case 3: lines.append("> " + paragraph.replacingOccurrences(of: " the ", with: " [the](https://example.org/x) ", options: [], range: nil))
            default: lines.append(paragraph)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
