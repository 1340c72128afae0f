import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import Foundation

/// Text for `fairpack profiles`: the catalogue, and one profile resolved.
public enum ProfileText {
    /// One line per profile: id, aliases, title and where it comes from.
    public static func listing(_ catalog: ProfileCatalog) -> String {
        let width = catalog.all.map(\.id.count).max() ?? 0
        var lines = catalog.all.map { document -> String in
            let aliases = document.aliases.isEmpty ? "" : " (also: \(document.aliases.joined(separator: ", ")))"
            return document.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + document.title + aliases
        }
        lines.append("")
        lines.append("Show one with `fairpack profiles show ID`.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The resolved rules of a profile, with severity, parameters and the profile that set each.
    public static func resolved(_ document: ProfileDocument, _ profile: ResolvedProfile) -> String {
        var lines = ["\(document.id): \(document.title)"]
        if let summary = document.summary { lines.append(summary) }
        lines.append("From: \(document.file)")
        if profile.profiles.count > 1 {
            lines.append("Includes: \(profile.profiles.dropFirst().joined(separator: ", "))")
        }
        lines.append("")
        let width = profile.rules.map(\.id.count).max() ?? 0
        for rule in profile.rules {
            var line = "  " + rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            let parameters = rule.settings.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            if !parameters.isEmpty { line += parameters.joined(separator: " ") + "  " }
            switch rule.implementation {
            case .check: break
            case .declared(let declared): line += "declared on `\(declared.field)`  "
            case .external(let external): line += "runs `\(external.command.joined(separator: " "))`  "
            }
            line += "(\(rule.profile))"
            lines.append(line)
        }
        if !profile.switchedOff.isEmpty {
            lines.append("")
            lines.append("Switched off: \(profile.switchedOff.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
