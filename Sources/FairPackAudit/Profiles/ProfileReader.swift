import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import Foundation

/// Turns a profile's YAML tree into a ``ProfileDocument``, refusing anything it does not know.
struct ProfileReader {
    let file: String

    func document(_ root: YAMLNode) throws(ConfigurationError) -> ProfileDocument {
        let entries = try mapping(root, "the profile")
        try rejectUnknown(entries, known: ProfileDocument.keys, in: "profile")
        guard let idNode = root["id"] else { throw error("the profile has no `id`", at: root) }
        let id = try text(idNode, "id")
        guard id.range(of: "^[a-z0-9][a-z0-9.-]*$", options: .regularExpression) != nil else {
            throw error("the id \"\(id)\" may hold only lower-case letters, digits, '-' and '.'", at: idNode)
        }
        var declared: [DeclaredRule] = []
        for item in try list(root["declare"], "declare") { declared.append(try declaredRule(item)) }
        var external: [ExternalRule] = []
        for item in try list(root["external"], "external") { external.append(try externalRule(item)) }
        var rules: [ProfileDocument.RuleEntry] = []
        if let node = root["rules"], !node.isNull {
            for entry in try mapping(node, "`rules`") { rules.append(try rule(entry)) }
        }
        return ProfileDocument(
            id: id, title: try optionalText(root["title"], "title") ?? id,
            summary: try optionalText(root["description"], "description"),
            aliases: try texts(root["aliases"], "aliases").map(\.value),
            extends: try texts(root["extends"], "extends"),
            rules: rules, declared: declared, external: external, file: file)
    }

    private func rule(_ entry: YAMLNode.Entry) throws(ConfigurationError) -> ProfileDocument.RuleEntry {
        var result = ProfileDocument.RuleEntry(id: entry.key, severity: nil, isOff: false, parameters: [:],
                                               line: entry.keyLocation.line)
        let description = CheckRegistry.check(id: entry.key)?.description
        if let word = entry.value.text {
            try applySeverity(word, at: entry.value, to: &result)
            return result
        }
        if entry.value.isNull { return result }
        for setting in try mapping(entry.value, "the settings of `\(entry.key)`") {
            if setting.key == "severity" {
                try applySeverity(try text(setting.value, "severity"), at: setting.value, to: &result)
                continue
            }
            guard let description else {
                throw error("`\(setting.key)` is not a setting of `\(entry.key)`; only `severity` can be set here",
                            at: setting.value, line: setting.keyLocation.line)
            }
            guard let parameter = description.parameters.first(where: { $0.name == setting.key }) else {
                let known = ["severity"] + description.parameters.map(\.name)
                let hint = NearestWord.find(setting.key, in: known).map { "; did you mean `\($0)`?" }
                    ?? "; it takes: " + known.joined(separator: ", ")
                throw error("`\(entry.key)` has no setting `\(setting.key)`\(hint)", at: setting.value,
                            line: setting.keyLocation.line)
            }
            result.parameters[setting.key] = try value(setting.value, for: parameter, rule: entry.key)
        }
        return result
    }

    private func applySeverity(_ word: String, at node: YAMLNode,
                               to entry: inout ProfileDocument.RuleEntry) throws(ConfigurationError) {
        if word == "off" {
            entry.isOff = true
        } else if let severity = Severity(rawValue: word) {
            entry.severity = severity
        } else {
            throw error("\"\(word)\" is not a severity; use error, warning, note or off", at: node)
        }
    }

    private func value(_ node: YAMLNode, for parameter: CheckParameter,
                       rule: String) throws(ConfigurationError) -> ParameterValue {
        let wrong = error("`\(rule)` setting `\(parameter.name)` takes \(parameter.defaultValue.kindName)", at: node)
        let result: ParameterValue
        switch parameter.defaultValue {
        case .integer:
            guard let text = node.text, let number = Int(text.replacingOccurrences(of: "_", with: "")) else { throw wrong }
            result = .integer(number)
        case .flag:
            guard let text = node.text, let flag = ["true": true, "false": false, "yes": true, "no": false][text] else {
                throw wrong
            }
            result = .flag(flag)
        case .text:
            guard let text = node.text else { throw wrong }
            result = .text(text)
        case .list:
            if let text = node.text {
                result = .list([text])
            } else if let items = node.items {
                var values: [String] = []
                for item in items {
                    guard let text = item.text else { throw wrong }
                    values.append(text)
                }
                result = .list(values)
            } else if node.isNull {
                result = .list([])
            } else {
                throw wrong
            }
        }
        if let minimum = parameter.minimum, case .integer(let number) = result, number < minimum {
            throw error("`\(rule)` setting `\(parameter.name)` cannot be \(number); use \(minimum) or more", at: node)
        }
        if let choices = parameter.choices {
            let given: [String]
            switch result {
            case .text(let value): given = [value]
            case .list(let values): given = values
            default: given = []
            }
            if let bad = given.first(where: { !choices.contains($0) }) {
                throw error("`\(rule)` setting `\(parameter.name)` cannot be \"\(bad)\"; use \(choices.joined(separator: ", "))",
                            at: node)
            }
        }
        return result
    }

    private func declaredRule(_ node: YAMLNode) throws(ConfigurationError) -> DeclaredRule {
        let entries = try mapping(node, "a `declare` entry")
        try rejectUnknown(entries, known: ["id", "field", "required", "pattern", "allowed", "min-length", "max-length",
                                           "min-count", "max-count", "message", "fix", "severity", "principle"],
                          in: "declared rule")
        guard let idNode = node["id"], let fieldNode = node["field"] else {
            throw error("a declared rule needs an `id` and a `field`", at: node)
        }
        let id = try text(idNode, "id")
        if CheckRegistry.check(id: id) != nil {
            throw error("`\(id)` is a built-in rule; give the declared rule another id", at: idNode)
        }
        guard let field = FieldPath(try text(fieldNode, "field")) else {
            throw error("the field path is empty or has an empty step", at: fieldNode)
        }
        var rule = DeclaredRule(id: id, field: field)
        if let required = node["required"] {
            guard let flag = ["true": true, "false": false][required.text ?? ""] else {
                throw error("`required` takes true or false", at: required)
            }
            rule.required = flag
        }
        if let pattern = node["pattern"] {
            let text = try text(pattern, "pattern")
            guard (try? NSRegularExpression(pattern: text)) != nil else {
                throw error("the pattern is not a valid regular expression", at: pattern)
            }
            rule.pattern = text
        }
        if let allowed = node["allowed"] {
            rule.allowed = try texts(allowed, "allowed").map(\.value)
        }
        rule.minLength = try integer(node["min-length"], "min-length")
        rule.maxLength = try integer(node["max-length"], "max-length")
        rule.minCount = try integer(node["min-count"], "min-count")
        rule.maxCount = try integer(node["max-count"], "max-count")
        rule.message = try optionalText(node["message"], "message")
        rule.fix = try optionalText(node["fix"], "fix")
        rule.principle = try optionalText(node["principle"], "principle")
        if let severity = try severity(node["severity"]) { rule.severity = severity }
        return rule
    }

    private func externalRule(_ node: YAMLNode) throws(ConfigurationError) -> ExternalRule {
        let entries = try mapping(node, "an `external` entry")
        try rejectUnknown(entries, known: ["id", "command", "timeout", "severity"], in: "external rule")
        guard let idNode = node["id"], let commandNode = node["command"] else {
            throw error("an external rule needs an `id` and a `command`", at: node)
        }
        let command = try texts(commandNode, "command").map(\.value)
        guard !command.isEmpty else { throw error("`command` is empty", at: commandNode) }
        var rule = ExternalRule(id: try text(idNode, "id"), command: command)
        if let timeout = try integer(node["timeout"], "timeout") {
            guard timeout > 0 else { throw error("`timeout` must be a positive number of seconds", at: node) }
            rule.timeout = Double(timeout)
        }
        if let severity = try severity(node["severity"]) { rule.severity = severity }
        return rule
    }

    /// A rule's own `severity` (error, warning or note; `off` is for `rules:` entries only).
    private func severity(_ node: YAMLNode?) throws(ConfigurationError) -> Severity? {
        guard let node else { return nil }
        guard let value = Severity(rawValue: try text(node, "severity")) else {
            throw error("\"\(node.text ?? "")\" is not a severity; use error, warning or note", at: node)
        }
        return value
    }

    // MARK: - Shapes

    private func mapping(_ node: YAMLNode, _ what: String) throws(ConfigurationError) -> [YAMLNode.Entry] {
        guard let entries = node.entries else { throw error("\(what) must be a mapping, not \(node.shapeName)", at: node) }
        return entries
    }

    private func list(_ node: YAMLNode?, _ what: String) throws(ConfigurationError) -> [YAMLNode] {
        guard let node, !node.isNull else { return [] }
        if node.text != nil { return [node] }
        guard let items = node.items else { throw error("`\(what)` must be a list, not \(node.shapeName)", at: node) }
        return items
    }

    private func text(_ node: YAMLNode, _ what: String) throws(ConfigurationError) -> String {
        guard let text = node.text else { throw error("`\(what)` must be text, not \(node.shapeName)", at: node) }
        return text
    }

    private func optionalText(_ node: YAMLNode?, _ what: String) throws(ConfigurationError) -> String? {
        guard let node, !node.isNull else { return nil }
        return try text(node, what)
    }

    private func texts(_ node: YAMLNode?, _ what: String) throws(ConfigurationError) -> [Located<String>] {
        var values: [Located<String>] = []
        for item in try list(node, what) { values.append(Located(try text(item, what), at: item.location)) }
        return values
    }

    private func integer(_ node: YAMLNode?, _ what: String) throws(ConfigurationError) -> Int? {
        guard let node else { return nil }
        guard let number = node.text.flatMap({ Int($0) }) else { throw error("`\(what)` takes a whole number", at: node) }
        return number
    }

    private func rejectUnknown(_ entries: [YAMLNode.Entry], known: [String], in what: String) throws(ConfigurationError) {
        for entry in entries where !known.contains(entry.key) {
            let hint = NearestWord.find(entry.key, in: known).map { "; did you mean `\($0)`?" }
                ?? "; known keys: " + known.joined(separator: ", ")
            throw ConfigurationError("unknown key `\(entry.key)` in \(what)\(hint)", file: file, line: entry.keyLocation.line)
        }
    }

    private func error(_ message: String, at node: YAMLNode, line: Int? = nil) -> ConfigurationError {
        ConfigurationError(message, file: file, line: line ?? node.location.line)
    }
}
