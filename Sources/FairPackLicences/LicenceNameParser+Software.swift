extension LicenceNameParser {
    /// GNU licences: GPL, LGPL, AGPL, with "only" / "or later".
    func gnu(_ start: Int) -> Reading? {
        var index = start
        var family = "GPL"
        if word(index) == "gnu" { index += 1 }
        if word(index) == "affero" || word(index) == "agpl" || word(index) == "agplv" { family = "AGPL" }
        if ["lesser", "library", "lgpl", "lgplv"].contains(word(index)) { family = "LGPL" }
        if ["affero", "lesser", "library"].contains(word(index)) { index += 1 }
        if matches(["general", "public"], at: index), isLicence(index + 2) { index += 3 }
        else if ["gpl", "gplv", "agpl", "agplv", "lgpl", "lgplv"].contains(word(index)) { index += 1 }
        else { return nil }
        let next = skipFillerWords(index, ["v", "as", "published", "by", "the", "free", "software", "foundation", "either"])
        guard let version = versionAt(next), ["2.0", "2.1", "3.0"].contains(version.text) else {
            if strict { return nil }
            return Reading(id: "\(family)-3.0-only", length: index - start, confidence: 0.6)
        }
        var end = version.next
        var suffix = "only"
        // "version 3 of the License, or (at your option) any later version", "3.0 or later", "3+".
        let after = skipFillerWords(end, ["of", "the"])
        if word(after) == "or", (after + 1...after + 5).contains(where: { word($0) == "later" }) || word(end) == "plus" {
            suffix = "or-later"
            end = skipFillerWords(after, ["or", "later", "any", "at", "your", "option", "plus", "version"])
        } else if word(end) == "plus" {
            suffix = "or-later"
            end += 1
        } else if word(end) == "only" {
            end += 1
        }
        return Reading(id: "\(family)-\(version.text)-\(suffix)", length: end - start, confidence: 1)
    }

    /// MIT, Apache, BSD, ISC, MPL, EUPL, CeCILL, OGL, the Unlicense.
    func software(_ start: Int) -> Reading? {
        let first = word(start)
        // "MIT License", "licence MIT", "released under (the) MIT", "sous licence MIT".
        let licenceBefore = isLicence(start - 1) || ["under", "sous"].contains(word(start - 1))
            || word(start - 1) == "the" && word(start - 2) == "under"
        let licenceAfter = isLicence(start + 1)
        switch first {
        case "mit" where !strict || licenceBefore || licenceAfter:
            return Reading(id: "MIT", length: licenceAfter ? 2 : 1, confidence: 1)
        case "expat" where !strict:
            return Reading(id: "MIT", length: 1, confidence: 0.9)
        case "isc" where !strict || licenceBefore || licenceAfter:
            return Reading(id: "ISC", length: licenceAfter ? 2 : 1, confidence: 1)
        case "unlicense":
            return Reading(id: "Unlicense", length: 1, confidence: 1)
        case "apache":
            var index = skipFillerWords(start + 1, ["software"])
            if let version = versionAt(index), version.text == "2.0" {
                return Reading(id: "Apache-2.0", length: version.next - start, confidence: 1)
            }
            guard !strict || index > start + 1 else { return nil }
            index = max(index, start + 1)
            return Reading(id: "Apache-2.0", length: index - start, confidence: 0.7)
        case "bsd":
            let index = skipFillerWords(start + 1, [])
            if let clauses = Int(word(index)), word(index + 1) == "clause" || word(index + 1) == "clauses" {
                guard clauses == 2 || clauses == 3 else { return nil }
                return Reading(id: "BSD-\(clauses)-Clause", length: index + 2 - start, confidence: 1)
            }
            guard !strict || licenceAfter else { return nil }
            return Reading(id: "BSD-3-Clause", length: 1, confidence: 0.6)
        case "new", "modified", "revised", "simplified", "freebsd":
            guard word(start + 1) == "bsd" else { return nil }
            let id = ["simplified", "freebsd"].contains(first) ? "BSD-2-Clause" : "BSD-3-Clause"
            return Reading(id: id, length: 2, confidence: 0.9)
        case "mozilla", "mpl":
            let index = first == "mpl" ? start + 1 : (matches(["mozilla", "public"], at: start) && isLicence(start + 2) ? start + 3 : start)
            guard index > start, let version = versionAt(index), version.text == "2.0" else {
                return index > start && !strict ? Reading(id: "MPL-2.0", length: index - start, confidence: 0.7) : nil
            }
            return Reading(id: "MPL-2.0", length: version.next - start, confidence: 1)
        case "eupl", "european", "publique":
            return versioned("EUPL", start: start, names: [["eupl"], ["european", "union", "public"], ["publique", "de", "l", "union", "europeenne"]],
                             allowed: ["1.2"], fallback: "1.2")
        case "cecill":
            if ["b", "c"].contains(word(start + 1)) {
                return Reading(id: "CECILL-\(word(start + 1).uppercased())", length: 2, confidence: 1)
            }
            if let version = versionAt(start + 1), version.text == "2.1" {
                return Reading(id: "CECILL-2.1", length: version.next - start, confidence: 1)
            }
            return Reading(id: "CECILL-2.1", length: 1, confidence: 0.6)
        case "open", "ogl":
            return versioned("OGL-UK", start: start, names: [["open", "government"], ["ogl", "uk"], ["ogl"]],
                             allowed: ["3.0"], fallback: "3.0")
        default:
            return nil
        }
    }

    private func versioned(_ family: String, start: Int, names: [[String]], allowed: Set<String>, fallback: String) -> Reading? {
        guard let name = names.first(where: { matches($0, at: start) }) else { return nil }
        let index = skipFillerWords(start + name.count, ["for", "public", "sector", "information", "uk"])
        if let version = versionAt(index), allowed.contains(version.text) {
            return Reading(id: "\(family)-\(version.text)", length: version.next - start, confidence: 1)
        }
        guard !strict || index > start + name.count else { return nil }
        return Reading(id: "\(family)-\(fallback)", length: index - start, confidence: 0.6)
    }
}
