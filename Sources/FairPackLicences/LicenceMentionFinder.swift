import Foundation

/// Finds licences stated in a single line by an `SPDX-License-Identifier:` tag or by a link
/// to a licence page.
enum LicenceMentionFinder {
    /// The statements of one line (`line` is its 1-based number).
    static func mentions(in rawLine: Substring, line: Int) -> [LicenceDetection] {
        let lower = rawLine.lowercased()
        var found: [LicenceDetection] = []
        if let tag = rawLine.range(of: "spdx-license-identifier:", options: .caseInsensitive) {
            for id in identifiers(in: rawLine[tag.upperBound...]) {
                found.append(LicenceDetection(licenceId: id, kind: .identifier, confidence: 1, line: line))
            }
        }
        for (host, reader) in linkReaders {
            var searchStart = lower.startIndex
            while let hit = lower.range(of: host, range: searchStart..<lower.endIndex) {
                let path = lower[hit.upperBound...].prefix { !" \t\"'<>)]},".contains($0) }
                if let id = reader(String(path)) {
                    found.append(LicenceDetection(licenceId: id, kind: .url, confidence: 0.95, line: line))
                }
                searchStart = hit.upperBound
            }
        }
        return found
    }

    /// The licence ids of an SPDX expression; `AND`, `OR`, `WITH` and parentheses are skipped,
    /// deprecated forms (`GPL-3.0`, `GPL-3.0+`) are mapped to current ids.
    static func identifiers(in expression: Substring) -> [String] {
        let operators: Set<String> = ["and", "or", "with", ""]
        return expression
            .split(whereSeparator: { " \t()*/#;\"'".contains($0) })
            .map(String.init)
            .filter { !operators.contains($0.lowercased()) }
            .prefix(8)
            .compactMap(canonicalIdentifier)
    }

    private static func canonicalIdentifier(_ raw: String) -> String? {
        guard raw.count <= 64, raw.allSatisfy({ $0.isLetter || $0.isNumber || "-.+".contains($0) }) else { return nil }
        let deprecated = ["gpl-3.0": "GPL-3.0-only", "gpl-3.0+": "GPL-3.0-or-later", "gpl-2.0": "GPL-2.0-only",
                          "gpl-2.0+": "GPL-2.0-or-later", "lgpl-3.0": "LGPL-3.0-only", "agpl-3.0": "AGPL-3.0-only"]
        if let id = deprecated[raw.lowercased()] { return id }
        if let licence = LicenceCatalogue.licence(id: raw) { return licence.id }
        // An SPDX id the catalogue lacks keeps the spelling found; ids of the list are ASCII.
        return raw.first?.isLetter == true ? raw : nil
    }

    /// Hosts and the reading of the path after them.
    private static let linkReaders: [(String, @Sendable (String) -> String?)] = [
        ("creativecommons.org/licenses/", { path in
            let parts = path.split(separator: "/")
            guard parts.count >= 2 else { return nil }
            return parsedName("cc " + parts[0] + " " + parts[1])
        }),
        ("creativecommons.org/publicdomain/zero/", { _ in "CC0-1.0" }),
        ("spdx.org/licenses/", { path in
            var id = String(path.split(separator: "/").first ?? "")
            for suffix in [".html", ".json", ".txt"] where id.hasSuffix(suffix) { id.removeLast(suffix.count) }
            return id.isEmpty ? nil : canonicalIdentifier(id)
        }),
        ("etalab.gouv.fr/licence-ouverte-open-licence", { _ in "etalab-2.0" }),
        ("etalab.gouv.fr/wp-content/uploads/", { path in
            guard path.contains("licence") || path.contains("ouverte") else { return nil }
            return path.contains("v2") || path.contains("2017") || path.contains("2018") ? "etalab-2.0" : "etalab-1.0"
        }),
        ("data.gouv.fr/fr/pages/legal/licences/", { path in parsedName(String(path.prefix { $0 != "/" })) }),
        ("opendatacommons.org/licenses/", { path in
            switch path.split(separator: "/").first {
            case "odbl": return "ODbL-1.0"
            case "by": return "ODC-By-1.0"
            case "pddl": return "PDDL-1.0"
            default: return nil
            }
        }),
        ("opensource.org/licenses/", { path in parsedName(String(path.prefix { $0 != "/" && $0 != "." })) }),
        ("opensource.org/license/", { path in parsedName(String(path.prefix { $0 != "/" && $0 != "." })) }),
        ("apache.org/licenses/license-2.0", { _ in "Apache-2.0" }),
        ("gnu.org/licenses/", { path in
            let name = path.prefix { $0 != "/" && $0 != "." && $0 != "#" }
            return ["gpl-3", "agpl-3", "lgpl-3"].contains { name.hasPrefix($0) } ? parsedName(String(name)) : nil
        }),
        ("nationalarchives.gov.uk/doc/open-government-licence/version/3", { _ in "OGL-UK-3.0" }),
        ("cecill.info/licences/licence_cecill_v2.1", { _ in "CECILL-2.1" }),
        ("cecill.info/licences/licence_cecill-b", { _ in "CECILL-B" }),
        ("cecill.info/licences/licence_cecill-c", { _ in "CECILL-C" }),
    ]

    /// Reads a licence from a short name found in a link ("by-sa 4.0", "mit", "gpl-3.0").
    private static func parsedName(_ name: String) -> String? {
        let words = LicenceTextNormaliser.words(of: Substring(name))
        let parser = LicenceNameParser(words: words, strict: false)
        guard let reading = parser.reading(at: 0), reading.confidence >= 0.6 else { return nil }
        return reading.id
    }
}
