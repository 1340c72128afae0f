/// Rules on the metadata descriptor and the root data entity.
extension CrateInspection {
    mutating func checkDescriptorAndRoot() {
        guard let descriptor = document.descriptor else {
            findings.append(
                CrateFinding(
                    .descriptor, message: "No entity has the @id ro-crate-metadata.json: the metadata descriptor is missing.",
                    fix: "Add {\"@id\": \"ro-crate-metadata.json\", \"@type\": \"CreativeWork\", \"about\": {\"@id\": \"./\"}, \"conformsTo\": {\"@id\": \"\(version.specificationURI)\"}}.",
                    pointer: "/@graph"))
            return
        }
        if !descriptor.hasType("CreativeWork") {
            report(.descriptor, "The metadata descriptor is not typed CreativeWork.", fix: "Set its @type to CreativeWork.", entity: descriptor, property: "@type")
        }
        checkConformsTo(descriptor)
        let about = descriptor.values("about")
        guard about.count == 1, let rootID = about[0].referencedID else {
            report(
                .descriptor, "The metadata descriptor has no single about reference to the root data entity.",
                fix: "Set \"about\": {\"@id\": \"./\"} on the descriptor.", entity: descriptor, property: "about")
            return
        }
        guard let root = document.entity(id: rootID) else {
            report(
                .root, "The root data entity \(rootID), named by the descriptor's about, is not in @graph.",
                fix: "Add a Dataset entity with @id \(rootID).", entity: descriptor, property: "about")
            return
        }
        checkRoot(root)
    }

    private mutating func checkConformsTo(_ descriptor: CrateDocument.Entity) {
        let values = descriptor.values("conformsTo")
        let specifications = values.compactMap { ($0.referencedID ?? $0.string).flatMap(CrateVersion.init(specification:)) }
        if version >= .v1_2, values.contains(where: { $0.string != nil }) {
            report(
                .descriptor, "The descriptor's conformsTo is a plain string, not an {\"@id\": …} reference.",
                fix: "Write \"conformsTo\": {\"@id\": \"\(version.specificationURI)\"}.", entity: descriptor, property: "conformsTo")
        }
        if specifications.isEmpty {
            report(
                .descriptorConformsTo, "The descriptor's conformsTo names no known RO-Crate specification (1.1, 1.2 or 1.3).",
                fix: "Set \"conformsTo\": {\"@id\": \"\(version.specificationURI)\"}.", entity: descriptor, property: "conformsTo")
        } else if values.count > 1 && version >= .v1_2 {
            report(
                .descriptorConformsTo, "The descriptor's conformsTo has \(values.count) values instead of one.",
                fix: "Keep only the RO-Crate specification and declare profiles on the root data entity.",
                entity: descriptor, property: "conformsTo")
        }
    }

    private mutating func checkRoot(_ root: CrateDocument.Entity) {
        let id = root.id ?? ""
        if !root.hasType("Dataset") {
            report(.root, "The root data entity \(id) is not typed Dataset.", fix: "Set its @type to Dataset.", entity: root, property: "@type")
        }
        let identifier = CrateIdentifier(raw: id)
        if version == .v1_1 ? !id.hasSuffix("/") : (id != "./" && !identifier.isAbsolute) {
            report(
                .root, "The root data entity's @id \(id) is neither ./ nor an absolute URI.",
                fix: "Use ./ as the root's @id.", entity: root, property: "@id")
        }
        for property in ["name", "description", "license", "datePublished"] where root.values(property).isEmpty {
            report(
                .rootProperties, "The root data entity has no \(property).",
                fix: "Add \(property) to the root data entity (\(id)).", entity: root)
        }
        for property in ["name", "description"] where root.values(property).contains(where: { $0.string == nil }) {
            report(
                .rootProperties, "The root's \(property) is not text.", fix: "Write \(property) as a string.",
                entity: root, property: property)
        }
        if root.values("license").contains(where: { $0.string == nil && $0.referencedID == nil }) {
            report(
                .rootProperties, "The root's license is neither a reference nor text.",
                fix: "Write \"license\": {\"@id\": \"https://spdx.org/licenses/…\"}.", entity: root, property: "license")
        }
        checkDatePublished(root)
        checkPublisher(root)
        checkProfiles(root)
    }

    private mutating func checkDatePublished(_ root: CrateDocument.Entity) {
        let values = root.values("datePublished")
        guard !values.isEmpty else { return }
        guard values.count == 1, let text = values[0].string else {
            report(
                .date, "The root's datePublished is not a single string.",
                fix: "Write one ISO 8601 date, such as \"2024-05-17\".", entity: root, property: "datePublished")
            return
        }
        guard let precision = CrateDate.precision(of: text) else {
            report(
                .date, "The root's datePublished \"\(text)\" is not an ISO 8601 date.",
                fix: "Write it as YYYY-MM-DD, such as \"2024-05-17\".", entity: root, property: "datePublished")
            return
        }
        if precision < .day {
            report(
                .date, "The root's datePublished \"\(text)\" is less precise than a day.",
                fix: "Give the full date, YYYY-MM-DD.", entity: root, property: "datePublished", severity: .warning)
        }
    }

    private mutating func checkPublisher(_ root: CrateDocument.Entity) {
        for value in root.values("publisher") {
            let target = value.referencedID.flatMap(document.entity(id:))
            if !(target?.hasType("Organization") ?? false) && !(target?.hasType("Person") ?? false) {
                report(
                    .rootPublisher, "The root's publisher is not a described Organization or Person.",
                    fix: "Reference an entity typed Organization (or Person) in @graph.", entity: root, property: "publisher")
            }
        }
    }

    private mutating func checkProfiles(_ root: CrateDocument.Entity) {
        for value in root.values("conformsTo") {
            guard let id = value.referencedID else {
                report(
                    .rootProfiles, "A conformsTo value of the root is not an {\"@id\": …} reference.",
                    fix: "Reference each profile as {\"@id\": \"<profile URI>\"}.", entity: root, property: "conformsTo")
                continue
            }
            if version >= .v1_2, id.hasPrefix(CrateVersion.specificationPrefix.dropLast()),
                CratePayload.normalise(String(id.dropFirst(CrateVersion.specificationPrefix.count - 1))).isEmpty {
                report(
                    .rootProfiles, "The root conforms to \(id), the RO-Crate specification without a version.",
                    fix: "Declare the RO-Crate version on the metadata descriptor's conformsTo, not on the root.",
                    entity: root, property: "conformsTo")
            } else if version >= .v1_2, !(document.entity(id: id)?.hasType("Profile") ?? false) {
                report(
                    .rootProfiles, "The profile \(id) the root conforms to is not described as an entity typed Profile.",
                    fix: "Add {\"@id\": \"\(id)\", \"@type\": \"Profile\", \"name\": …} to @graph.", entity: root, property: "conformsTo")
            }
        }
    }
}
