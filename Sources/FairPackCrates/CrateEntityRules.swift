/// Rules on data entities (files and folders) and contextual entities.
extension CrateInspection {
    /// Whether an entity is a data entity: typed File or Dataset, not the root, not a `#` identifier.
    private func isDataEntity(_ entity: CrateDocument.Entity, rootID: String?) -> Bool {
        guard let id = entity.id, id != rootID, !CrateIdentifier(raw: id).isFragment,
            id != CrateVersion.descriptorID, id != CrateVersion.legacyDescriptorID
        else { return false }
        return entity.hasType("File") || entity.hasType("MediaObject") || entity.hasType("Dataset")
    }

    mutating func checkDataEntities() {
        let rootID = document.root?.id
        let reachable = rootID.map(partsReachable(from:)) ?? []
        for entity in document.entities where isDataEntity(entity, rootID: rootID) {
            let id = entity.id ?? ""
            let isFolder = entity.hasType("Dataset")
            if rootID != nil, !reachable.contains(id) {
                report(
                    .hasPart, "Data entity \(id) is not reachable from the root data entity through hasPart.",
                    fix: "Add {\"@id\": \"\(id)\"} to the hasPart of the root or of a folder it contains.", entity: entity)
            }
            let identifier = CrateIdentifier(raw: id)
            if isFolder, identifier.isRelativePath, !id.hasSuffix("/") {
                report(.folderSlash, "Folder \(id) has an @id without a trailing /.", fix: "Write its @id as \(id)/.", entity: entity, property: "@id")
            }
            guard let payload, identifier.invalidReason == nil, let path = identifier.payloadPath,
                !path.hasPrefix("/"), !path.split(separator: "/").contains("..")
            else { continue }
            checkPresence(entity, path: path, isFolder: isFolder, payload: payload)
        }
    }

    private mutating func checkPresence(_ entity: CrateDocument.Entity, path: String, isFolder: Bool, payload: CratePayload) {
        let id = entity.id ?? ""
        if isFolder && !entity.hasType("File") {
            if !payload.hasFolder(path) {
                report(
                    .dataEntityExists, "Folder \(id) is described in the crate but absent from the payload.",
                    fix: "Add the folder \(path)/ to the crate, or remove its entity.", entity: entity)
            }
        } else if !payload.hasFile(path) {
            report(
                .dataEntityExists, "File \(id) is described in the crate but absent from the payload.",
                fix: "Add \(path) to the crate, or give the entity a #-identifier and localPath if it is deliberately absent.",
                entity: entity)
        } else {
            let key = CratePayload.normalise(path)
            if payload.files.contains(key) { checkFixity(entity, path: key, payload: payload) }
            if let url = payload.fetched[key],
                !entity.values("url").contains(where: { ($0.string ?? $0.referencedID) == url }) {
                report(
                    .bagitFetch, "File \(id) is fetched from \(url) by fetch.txt but its url does not say so.",
                    fix: "Set \"url\": \"\(url)\" on the entity.", entity: entity, property: "url")
            }
        }
    }

    /// Compares `contentSize` (a whole number, as a number or text) and `sha256` with the bytes present.
    private mutating func checkFixity(_ entity: CrateDocument.Entity, path: String, payload: CratePayload) {
        let id = entity.id ?? ""
        if let size = payload.sizes[path], let declared = entity.values("contentSize").first,
            let stated = declared.string.flatMap({ UInt64($0.trimmingCharacters(in: .whitespaces)) }) ?? declared.wholeNumber,
            stated != size {
            report(
                .fixity, "File \(id) has \(size) bytes but its contentSize says \(stated): it was changed or damaged.",
                fix: "Restore the original file, or correct contentSize if the metadata is wrong.", entity: entity, property: "contentSize")
        }
        if let digest = payload.sha256[path], let stated = entity.values("sha256").first?.string,
            stated.lowercased() != digest {
            report(
                .fixity, "File \(id) does not match its sha256: it was changed or damaged.",
                fix: "Restore the original file, or correct sha256 if the metadata is wrong.", entity: entity, property: "sha256")
        }
    }

    /// Every `@id` reachable from an entity by following `hasPart` references.
    private func partsReachable(from start: String) -> Set<String> {
        var seen: Set<String> = [start]
        var queue = [start]
        while let id = queue.popLast() {
            for part in document.entity(id: id)?.references("hasPart") ?? [] where seen.insert(part).inserted {
                queue.append(part)
            }
        }
        seen.remove(start)
        return seen
    }

    mutating func checkContextualEntities() {
        for entity in document.entities {
            let id = entity.id ?? "?"
            if entity.hasType("SoftwareApplication") || entity.hasType("ComputerLanguage") {
                for property in ["name", "url", "version"] where entity.values(property).isEmpty {
                    report(
                        .contextualProperties, "Software or language \(id) has no \(property).",
                        fix: "Add \(property) to \(id).", entity: entity)
                }
            }
            if entity.hasType("ComputationalWorkflow") || entity.hasType("SoftwareSourceCode"), isScriptOrWorkflow(entity) {
                if !entity.hasType("File") && !entity.hasType("MediaObject") {
                    report(
                        .contextualProperties, "Script or workflow \(id) is not typed File.",
                        fix: "Add File to its @type.", entity: entity, property: "@type")
                }
                if entity.values("name").isEmpty {
                    report(.contextualProperties, "Script or workflow \(id) has no name.", fix: "Add a name to \(id).", entity: entity)
                }
            }
            if entity.hasType("PropertyValue"), entity.values("value").isEmpty, isRootIdentifier(entity) {
                report(
                    .contextualProperties, "Identifier \(id) of the root has no value.",
                    fix: "Add the identifier's text as value.", entity: entity)
            }
            for value in entity.values("thumbnail") {
                let target = value.referencedID.flatMap(document.entity(id:))
                if !(target?.hasType("File") ?? false) && !(target?.hasType("MediaObject") ?? false) {
                    report(
                        .contextualProperties, "The thumbnail of \(id) is not a File entity of the crate.",
                        fix: "Reference the thumbnail as {\"@id\": …} and describe it as a File in @graph.",
                        entity: entity, property: "thumbnail")
                }
            }
            if entity.hasType("WebSite"), entity.values("name").isEmpty {
                report(.contextualProperties, "Web site \(id) has no name.", fix: "Add a name to \(id).", entity: entity)
            }
            for key in ["subject", "dct:subject", "dcterms:subject", "keyword"] where entity.members[key] != nil {
                let use = key == "keyword" ? "keywords" : "about"
                report(
                    .subjectKeywords, "Entity \(id) uses \(key) instead of \(use).",
                    fix: "Rename \(key) to \(use).", entity: entity, property: key)
            }
        }
    }

    /// Scripts and workflows are data entities; a SoftwareSourceCode on the web is left alone.
    private func isScriptOrWorkflow(_ entity: CrateDocument.Entity) -> Bool {
        entity.hasType("ComputationalWorkflow") || (entity.id.map { CrateIdentifier(raw: $0).isRelativePath } ?? false)
    }

    private func isRootIdentifier(_ entity: CrateDocument.Entity) -> Bool {
        guard let id = entity.id else { return false }
        return document.root?.references("identifier").contains(id) ?? false
    }
}
