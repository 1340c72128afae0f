/// Reads a licence name from normalised words: "cc by sa 4 0", "licence ouverte version 2 0",
/// "gnu general public license version 3", "apache 2", "etalab 2 0"...
///
/// Used both to resolve names a person writes and to find notices in texts. In notices
/// (`strict`), bare words that are common in prose ("mit", "bsd", "open license") need a
/// "license" word next to them.
struct LicenceNameParser {
    /// A licence name read from words.
    struct Reading: Sendable, Equatable {
        /// The SPDX id (or catalogue id) named.
        let id: String
        /// Number of words read.
        let length: Int
        /// 1 when the name states everything (family and version); lower when a default was assumed.
        let confidence: Double
    }

    let words: [String]
    let strict: Bool

    /// The licence named by the words starting at `start`, if any.
    func reading(at start: Int) -> Reading? {
        for rule in [databaseLicence, etalab, creativeCommons, gnu, software] {
            if let reading = rule(start) { return reading }
        }
        return nil
    }

    // MARK: - Words

    func word(_ index: Int) -> String { index < words.count && index >= 0 ? words[index] : "" }

    func matches(_ phrase: [String], at index: Int) -> Bool {
        phrase.enumerated().allSatisfy { word(index + $0.offset) == $0.element }
    }

    func isLicence(_ index: Int) -> Bool {
        Self.licenceWords.contains(word(index))
    }

    private static let licenceWords: Set<String> = ["licence", "license", "licensed", "licenced", "licenses", "licences", "lizenz"]
    private static let versionWords: Set<String> = ["version", "v", "ver", "vers"]

    /// A version: optional "version"/"v"/"ver", then digits and an optional minor part.
    func versionAt(_ index: Int) -> (text: String, next: Int)? {
        var index = index
        if Self.versionWords.contains(word(index)) { index += 1 }
        guard let major = Int(word(index)), major < 100 else { return nil }
        index += 1
        if let minor = Int(word(index)), minor < 10, word(index).count == 1 {
            return ("\(major).\(minor)", index + 1)
        }
        return ("\(major).0", index)
    }

    /// Skips words that may sit between a family name and its version.
    func skipFillerWords(_ index: Int, _ filler: Set<String>) -> Int {
        var index = index
        while index < words.count, filler.contains(words[index]) || isLicence(index) { index += 1 }
        return index
    }

    // MARK: - Rules

    private func databaseLicence(_ start: Int) -> Reading? {
        var index = start
        if matches(["open", "database"], at: index), isLicence(index + 2) { index += 3 }
        else if matches(["licence", "ouverte", "de"], at: index), word(index + 3).hasPrefix("base") { index += 6 }
        else if word(index) == "odbl" { index += 1 }
        else if matches(["odc", "by"], at: index) || matches(["odc", "attribution"], at: index) {
            return finishVersioned("ODC-By", start: start, after: index + 2, allowed: ["1.0"])
        } else if matches(["open", "data", "commons", "attribution"], at: index) {
            return finishVersioned("ODC-By", start: start, after: index + 4, allowed: ["1.0"])
        } else if word(index) == "pddl" || matches(["open", "data", "commons", "public", "domain"], at: index) {
            return finishVersioned("PDDL", start: start, after: index + (word(index) == "pddl" ? 1 : 5), allowed: ["1.0"])
        } else if matches(["open", "data", "commons", "open", "database"], at: index) {
            index += 5
        } else { return nil }
        return finishVersioned("ODbL", start: start, after: index, allowed: ["1.0"])
    }

    private func finishVersioned(_ family: String, start: Int, after index: Int, allowed: Set<String>, fallback: String = "1.0") -> Reading? {
        let next = skipFillerWords(index, ["and", "dedication", "v"])
        if let version = versionAt(next), allowed.contains(version.text) {
            return Reading(id: "\(family)-\(version.text)", length: version.next - start, confidence: 1)
        }
        return Reading(id: "\(family)-\(fallback)", length: index - start, confidence: 0.8)
    }

    private func etalab(_ start: Int) -> Reading? {
        var index = start
        var named = false
        var open = false
        while true {
            if matches(["licence", "ouverte"], at: index) || matches(["license", "ouverte"], at: index) { index += 2; named = true }
            else if word(index) == "etalab" { index += 1; named = true }
            else if matches(["open", "licence"], at: index) || matches(["open", "license"], at: index) { index += 2; open = true }
            else { break }
        }
        guard named || open else { return nil }
        let next = skipFillerWords(index, ["de", "la", "d", "l", "the", "lo", "dite", "open"])
        if let version = versionAt(next), ["1.0", "2.0"].contains(version.text) {
            // "Licence Ouverte version 1.0 (Etalab)": the trailing name belongs to the same mention.
            let end = word(version.next) == "etalab" ? version.next + 1 : version.next
            return Reading(id: "etalab-\(version.text)", length: end - start, confidence: 1)
        }
        // "open licence" alone is ordinary English prose; only a person naming a licence means Etalab by it.
        if !named && strict { return nil }
        return Reading(id: "etalab-2.0", length: index - start, confidence: 0.7)
    }

    private func creativeCommons(_ start: Int) -> Reading? {
        var index = start
        if word(index) == "cc" || word(index) == "creativecommons" { index += 1 }
        else if matches(["creative", "commons"], at: index) { index += 2 }
        else { return nil }
        index = skipFillerWords(index, ["org", "licenses", "licences", "publique"])
        if word(index) == "0" || word(index) == "zero" || word(index) == "publicdomain" {
            let after = word(index) == "publicdomain" && word(index + 1) == "zero" ? index + 2 : index + 1
            let version = versionAt(after)
            return Reading(id: "CC0-1.0", length: (version?.next ?? after) - start, confidence: 1)
        }
        var flags = (attribution: false, shareAlike: false, nonCommercial: false, noDerivatives: false)
        var moved = true
        while moved {
            moved = true
            if ["by", "attribution", "paternite"].contains(word(index)) { flags.attribution = true; index += 1 }
            else if word(index) == "sa" || word(index) == "sharealike" { flags.shareAlike = true; index += 1 }
            else if matches(["share", "alike"], at: index) { flags.shareAlike = true; index += 2 }
            else if matches(["partage", "dans", "les", "memes", "conditions"], at: index) { flags.shareAlike = true; index += 5 }
            else if matches(["partage", "des", "conditions", "initiales", "a", "l", "identique"], at: index) { flags.shareAlike = true; index += 7 }
            else if matches(["partage", "a", "l", "identique"], at: index) { flags.shareAlike = true; index += 4 }
            else if word(index) == "nc" || word(index) == "noncommercial" { flags.nonCommercial = true; index += 1 }
            else if matches(["non", "commercial"], at: index) { flags.nonCommercial = true; index += 2 }
            else if matches(["pas", "d", "utilisation", "commerciale"], at: index) { flags.nonCommercial = true; index += 4 }
            else if ["nd", "noderivatives", "noderivs"].contains(word(index)) { flags.noDerivatives = true; index += 1 }
            else if matches(["no", "derivatives"], at: index) || matches(["no", "derivs"], at: index) { flags.noDerivatives = true; index += 2 }
            else if matches(["no", "derivative", "works"], at: index) { flags.noDerivatives = true; index += 3 }
            else if matches(["pas", "de", "modification"], at: index) { flags.noDerivatives = true; index += 3 }
            else if ["and", "et"].contains(word(index)), flags.attribution { index += 1 }
            else { moved = false }
        }
        guard flags.attribution, !(flags.shareAlike && flags.noDerivatives) else { return nil }
        var parts = ["CC", "BY"]
        if flags.nonCommercial { parts.append("NC") }
        if flags.shareAlike { parts.append("SA") }
        if flags.noDerivatives { parts.append("ND") }
        let next = skipFillerWords(index, ["international", "generic", "unported", "publique", "public"])
        if let version = versionAt(next), ["1.0", "2.0", "2.5", "3.0", "4.0"].contains(version.text) {
            return Reading(id: (parts + [version.text]).joined(separator: "-"), length: version.next - start, confidence: 1)
        }
        return Reading(id: (parts + ["4.0"]).joined(separator: "-"), length: index - start, confidence: 0.7)
    }
}
