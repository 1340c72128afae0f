import Foundation

extension SPDXLicence {
    /// The SPDX id a licence URL stands for, as DMPs and repositories write them:
    /// spdx.org pages, Creative Commons deeds and legal codes, Etalab's and Open Data
    /// Commons' pages. Nil when the URL is not recognised.
    public static func id(forURL text: String) -> String? {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), let host = url.host?.lowercased() else {
            return nil
        }
        let parts = url.path.lowercased().split(separator: "/").map(String.init)
        switch host.hasPrefix("www.") ? String(host.dropFirst(4)) : host {
        case "spdx.org":
            guard parts.count >= 2, parts[0] == "licenses" else { return nil }
            let id = parts[1].hasSuffix(".html") ? String(parts[1].dropLast(5)) : parts[1]
            return named(id)?.id
        case "creativecommons.org":
            if parts.count >= 3, parts[0] == "publicdomain", parts[1] == "zero" { return "CC0-\(parts[2])" }
            guard parts.count >= 3, parts[0] == "licenses" else { return nil }
            return named("CC-\(parts[1])-\(parts[2])")?.id
        case "etalab.gouv.fr":
            return parts.first?.hasPrefix("licence-ouverte") == true ? "etalab-2.0" : nil
        case "opendatacommons.org":
            guard parts.count >= 2, parts[0] == "licenses" else { return nil }
            switch parts[1] {
            case "odbl": return "ODbL-1.0"
            case "by": return "ODC-By-1.0"
            case "pddl": return "PDDL-1.0"
            default: return nil
            }
        default:
            return nil
        }
    }
}
