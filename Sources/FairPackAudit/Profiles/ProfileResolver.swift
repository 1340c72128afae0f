import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
/// Follows `extends` and merges profiles into the rules an audit runs.
///
/// Parents apply before the profile that extends them, and profiles asked for later apply
/// after earlier ones; a later setting of a rule overrides an earlier one, parameter by
/// parameter. A profile reached twice applies once.
public struct ProfileResolver {
    let catalog: ProfileCatalog
    /// Whether profiles from the deposit itself may declare `external:` programs.
    var trustDeposit = false
    private var applied: [String] = []
    private var order: [String] = []
    private var settings: [String: RuleSetting] = [:]
    private var off: Set<String> = []

    /// Creates a resolver over `catalog`.
    public init(catalog: ProfileCatalog) {
        self.catalog = catalog
    }

    /// Resolves the profiles `ids` (ids or aliases already known to the catalogue).
    ///
    /// A profile found in the deposit's own `.fairpack/profiles/` that declares `external:`
    /// programs is refused unless `trustDeposit` is set: opening a deposit must not run what
    /// its sender wrote.
    public static func resolve(_ ids: [String], in catalog: ProfileCatalog,
                               trustDeposit: Bool = false) throws(ConfigurationError) -> ResolvedProfile {
        var resolver = ProfileResolver(catalog: catalog)
        resolver.trustDeposit = trustDeposit
        for id in ids {
            guard let document = catalog.document(named: id) else {
                throw ConfigurationError("unknown profile '\(id)'; `fairpack profiles` lists them")
            }
            try resolver.apply(document, stack: [])
        }
        let requested = ids.compactMap { catalog.document(named: $0)?.id }
        var names: [String] = []
        for name in requested + resolver.applied where !names.contains(name) { names.append(name) }
        let registryOrder = CheckRegistry.ids
        let rules = resolver.order.compactMap { resolver.settings[$0] }.filter { !resolver.off.contains($0.id) }
            .sorted { lhs, rhs in
                (registryOrder.firstIndex(of: lhs.id) ?? Int.max) < (registryOrder.firstIndex(of: rhs.id) ?? Int.max)
            }
        return ResolvedProfile(profiles: names, rules: rules, switchedOff: resolver.off.sorted())
    }

    private mutating func apply(_ document: ProfileDocument, stack: [String]) throws(ConfigurationError) {
        if applied.contains(document.id) { return }
        if document.isFromDeposit, !trustDeposit, let first = document.external.first {
            throw ConfigurationError("the deposit's own profile '\(document.id)' declares the external program `\(first.command.joined(separator: " "))`; "
                                     + "fairpack does not run programs a deposit names. Pass --trust-deposit if you trust this deposit, "
                                     + "or name the profile with --profile FILE", file: document.file)
        }
        for parent in document.extends {
            guard let parentDocument = catalog.document(named: parent.value) else {
                throw ConfigurationError("`extends` names an unknown profile '\(parent.value)'",
                                         file: document.file, line: parent.location.line)
            }
            if stack.contains(parentDocument.id) || parentDocument.id == document.id {
                let cycle = (stack + [document.id, parentDocument.id]).joined(separator: " → ")
                throw ConfigurationError("`extends` makes a cycle: \(cycle)", file: document.file, line: parent.location.line)
            }
            try apply(parentDocument, stack: stack + [document.id])
        }
        applied.append(document.id)
        for rule in document.declared {
            set(RuleSetting(id: rule.id, implementation: .declared(rule), severity: rule.severity,
                            settings: CheckSettings(), profile: document.id))
        }
        for rule in document.external {
            set(RuleSetting(id: rule.id, implementation: .external(rule), severity: rule.severity,
                            settings: CheckSettings(), profile: document.id))
        }
        for entry in document.rules {
            var setting: RuleSetting
            // A former id names the same rule as its current one.
            let id = CheckRegistry.aliases[entry.id] ?? entry.id
            if let existing = settings[id] {
                setting = existing
            } else if let check = CheckRegistry.check(id: id) {
                setting = RuleSetting(id: id, implementation: .check(check),
                                      severity: check.description.defaultSeverity,
                                      settings: CheckSettings(defaults: check.description.parameters), profile: document.id)
            } else {
                let hint = NearestWord.find(entry.id, in: CheckRegistry.ids + Array(settings.keys), maxDistance: 3)
                    .map { "; did you mean `\($0)`?" } ?? "; `fairpack explain` lists the rules"
                throw ConfigurationError("unknown rule `\(entry.id)`\(hint)", file: document.file, line: entry.line)
            }
            if let severity = entry.severity { setting.severity = severity }
            setting.settings.values.merge(entry.parameters) { _, new in new }
            setting.profile = document.id
            set(setting)
            if entry.isOff { off.insert(id) } else { off.remove(id) }
        }
    }

    private mutating func set(_ setting: RuleSetting) {
        if settings[setting.id] == nil { order.append(setting.id) }
        settings[setting.id] = setting
    }
}
