import FairPackBase
/// The keys `deposit.yaml` understands, section by section.
///
/// Sections are named by dotted paths from the root, `*` standing for each item of a list
/// (`authors.*.affiliation`). The unknown-key check walks the document against this map.
public enum MetadataSchema {
    /// Known keys of each section; `""` is the top level.
    public static let sections: [String: [String]] = [
        "": ["title", "description", "licence", "license", "language", "keywords", "subjects", "dates",
             "authors", "contact", "publisher", "funding", "related", "deliverables", "files", "dmp", "profiles", "exclude", "reviewed"],
        "dates": ["created", "updated", "published"],
        "authors.*": person,
        "authors.*.affiliation": affiliation,
        "contact": person,
        "contact.affiliation": affiliation,
        "publisher": affiliation,
        "funding.*": ["funder", "award"],
        "funding.*.funder": affiliation,
        "related.*": ["id", "url", "relation", "type", "title"],
        "deliverables.*": ["path", "type", "domain", "language", "title", "hal", "licence", "license", "description"],
        "files.*": ["path", "description", "licence", "license", "personal-data", "columns"],
        "files.*.columns.*": ["name", "type", "description", "unit", "values"],
        "reviewed": ["accepted"],
        "reviewed.accepted.*": ["rule", "path", "digest"],
    ]

    private static let person = ["name", "organization", "organisation", "ror", "orcid", "email", "affiliation"]
    private static let affiliation = ["name", "ror"]

    /// Every mapping key of `document` that the schema does not know, with the keys its section allows.
    public static func unknownKeys(in document: YAMLNode, allowing extra: Set<String> = [])
        -> [(entry: YAMLNode.Entry, section: String, known: [String])] {
        var found: [(YAMLNode.Entry, String, [String])] = []
        visit(document, section: "", extra: extra, into: &found)
        return found
    }

    private static func visit(_ node: YAMLNode, section: String, extra: Set<String>,
                              into found: inout [(YAMLNode.Entry, String, [String])]) {
        if let items = node.items {
            let itemSection = section + ".*"
            guard sections[itemSection] != nil else { return }
            for item in items { visit(item, section: itemSection, extra: extra, into: &found) }
            return
        }
        guard let entries = node.entries, let known = sections[section] else { return }
        for entry in entries {
            let path = section.isEmpty ? entry.key : section + "." + entry.key
            guard known.contains(entry.key) else {
                if !extra.contains(path) { found.append((entry, section, known)) }
                continue
            }
            if sections[path] != nil || sections[path + ".*"] != nil {
                visit(entry.value, section: path, extra: extra, into: &found)
            }
        }
    }
}
