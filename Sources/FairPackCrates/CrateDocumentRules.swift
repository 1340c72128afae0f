/// Rules on the document as JSON-LD: parse, `@graph`, `@context`, terms, flattening, identifiers.
extension CrateInspection {
    mutating func checkDocument() {
        if let problem = document.problem {
            let message: String
            switch problem {
            case .notUTF8: message = "The metadata file is not UTF-8 text."
            case .notJSON(let detail): message = "The metadata file is not valid JSON: \(detail)"
            case .notAnObject: message = "The metadata file is JSON but not a JSON object."
            }
            report(.json, message, fix: "Write ro-crate-metadata.json as one UTF-8 JSON object with @context and @graph.")
            canGoOn = false
            return
        }
        guard case .array(let items)? = document.top?["@graph"] else {
            findings.append(
                CrateFinding(
                    .graph, message: "The metadata document has no @graph array, so it is not in flattened form.",
                    fix: "Put every entity, as a JSON object, in a top-level @graph array.", pointer: "/@graph"))
            canGoOn = false
            return
        }
        for (index, item) in items.enumerated() where item.object == nil {
            findings.append(
                CrateFinding(
                    .graph, message: "@graph item \(index) is not a JSON object.",
                    fix: "Make every @graph item an entity object with @id and @type.", pointer: "/@graph/\(index)"))
        }
        checkContext()
    }

    private mutating func checkContext() {
        guard let context = document.context else {
            findings.append(
                CrateFinding(
                    .context, message: "The metadata document has no @context.",
                    fix: "Add \"@context\": \"\(version.contextURL)\".", pointer: "/@context"))
            return
        }
        let urls = context.values.compactMap(\.string)
        let objects = context.values.filter { $0.object != nil }
        let known = urls.compactMap(CrateVersion.init(contextURL:))
        if !urls.contains(version.contextURL) {
            let declared = declaredVersion.map { "RO-Crate \($0.rawValue)" } ?? "the crate"
            let mustHave = version.requiresOwnContext || known.isEmpty
            findings.append(
                CrateFinding(
                    .context, severity: mustHave ? .error : .warning,
                    message: "The @context does not reference \(version.contextURL), the context of \(declared).",
                    fix: "Use \"@context\": \"\(version.contextURL)\", or an array starting with it for extra terms.",
                    pointer: "/@context"))
        }
        for url in urls where CrateVersion(contextURL: url) == nil {
            findings.append(
                CrateFinding(
                    .contextUnknown, message: "The @context names \(url), which cannot be checked offline.",
                    fix: "Define extra terms in an inline object of the @context array instead of a remote context.",
                    pointer: "/@context"))
        }
        if context.values.contains(where: { $0.string == nil && $0.object == nil }) || (urls.isEmpty && objects.isEmpty) {
            findings.append(
                CrateFinding(
                    .context, message: "The @context is neither a URL, an object nor an array of them.",
                    fix: "Use \"@context\": \"\(version.contextURL)\".", pointer: "/@context"))
        }
    }

    /// The terms the document's context defines, and whether that list is complete (no unknown remote context).
    func definedTerms() -> (terms: Set<String>, complete: Bool) {
        var terms = Set<String>()
        var complete = true
        for item in document.context?.values ?? [] {
            if let url = item.string {
                if let known = CrateVersion(contextURL: url) { terms.formUnion(known.contextTerms) } else { complete = false }
            } else if let members = item.object {
                terms.formUnion(members.keys)
            }
        }
        return (terms, complete)
    }

    mutating func checkEntities() {
        let (terms, complete) = definedTerms()
        var seen: [String: Int] = [:]
        for entity in document.entities {
            guard let id = entity.id else {
                report(.entityID, "@graph item \(entity.index) has no string @id.", fix: "Give the entity an @id.", entity: entity)
                continue
            }
            if entity.members["@type"] == nil {
                report(.entityType, "Entity \(id) has no @type.", fix: "Give the entity a @type, such as Thing or CreativeWork.", entity: entity)
            }
            if let first = seen[id] {
                report(
                    .idUnique, "Entity \(id) is described twice in @graph (items \(first) and \(entity.index)).",
                    fix: "Merge the two descriptions into one entity.", entity: entity, property: "@id")
            } else {
                seen[id] = entity.index
            }
            checkIdentifier(id, of: entity)
            checkFlat(entity)
            checkTerms(entity, terms: terms, complete: complete)
        }
    }

    private mutating func checkIdentifier(_ id: String, of entity: CrateDocument.Entity) {
        let identifier = CrateIdentifier(raw: id)
        if let reason = identifier.invalidReason {
            report(
                .idValid, "The @id \"\(id)\" is not a valid URI reference: \(reason).",
                fix: "Percent-encode the @id (space as %20, % as %25) and keep / as separator.", entity: entity, property: "@id")
        }
        if id.lowercased().hasPrefix("file:") {
            report(
                .idLocal, "The @id \(id) is an absolute file: URI, which only works on the machine that wrote it.",
                fix: "Use a path relative to the crate root.", entity: entity, property: "@id")
        } else if identifier.isRelativePath, id.hasPrefix("/") || id.split(separator: "/").contains("..") {
            report(
                .idLocal, "The @id \(id) points outside the crate root or from the file system root.",
                fix: "Use a path relative to the crate root without ../.", entity: entity, property: "@id")
        }
    }

    private mutating func checkFlat(_ entity: CrateDocument.Entity) {
        for (property, value) in entity.members.sorted(by: { $0.key < $1.key }) where !property.hasPrefix("@") {
            for (position, item) in value.values.enumerated() {
                guard let members = item.object else { continue }
                let isReference = members.count == 1 && members["@id"]?.string != nil
                let isValue = members["@value"] != nil && members["@id"] == nil
                    && members.keys.allSatisfy { ["@value", "@type", "@language"].contains($0) }
                if !isReference && !isValue {
                    let pointerProperty = value.values.count > 1 || value.object == nil ? "\(property)/\(position)" : property
                    let name = members["@id"]?.string.map { "entity \($0)" } ?? "an entity"
                    report(
                        .flattened,
                        "Property \(property) of \(entity.id ?? "?") nests \(name) with its own properties instead of referencing it.",
                        fix: "Move the nested object into @graph with an @id and reference it as {\"@id\": …}.",
                        entity: entity, property: pointerProperty)
                }
            }
        }
    }

    private mutating func checkTerms(_ entity: CrateDocument.Entity, terms: Set<String>, complete: Bool) {
        for property in entity.members.keys.sorted() where !property.hasPrefix("@") && !isDefined(property, terms, asKey: true) {
            report(
                .terms, "Property \(property) of \(entity.id ?? "?") is not defined by the @context.",
                fix: "Use a schema.org or RO-Crate term, or add \"\(property)\" to an object in the @context array.",
                entity: entity, property: property, severity: complete ? .error : .warning)
        }
        for type in entity.types where !isDefined(type, terms) || type.hasPrefix("https://schema.org/") {
            let schemaHTTPS = type.hasPrefix("https://schema.org/")
            report(
                .terms, "Type \(type) of \(entity.id ?? "?") is not defined by the @context.",
                fix: schemaHTTPS
                    ? "Write the schema.org term without its prefix, such as \(type.dropFirst("https://schema.org/".count))."
                    : "Use a schema.org or RO-Crate type, or add \"\(type)\" to an object in the @context array.",
                entity: entity, property: "@type", severity: schemaHTTPS ? .error : .warning)
        }
    }

    /// Whether a key or type is a defined term, or a compact IRI with a defined prefix. A type may
    /// also be an absolute IRI; a key may not: compacted JSON-LD writes a property the context does
    /// not map as a term the context defines, and the RO-Crate rule is to add such terms to it.
    private func isDefined(_ term: String, _ terms: Set<String>, asKey: Bool = false) -> Bool {
        if terms.contains(term) { return true }
        guard let colon = term.firstIndex(of: ":") else { return false }
        let prefix = String(term[..<colon])
        if term[colon...].hasPrefix("://") { return !asKey }
        return terms.contains(prefix) && prefix != "_"
    }
}
