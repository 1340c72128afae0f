/// Judges an RO-Crate metadata document, and the payload next to it, against the RO-Crate rules.
///
/// Works offline: the 1.1, 1.2 and 1.3 contexts are compiled in. Findings come in a stable order:
/// document structure first, then the descriptor and root, then entities in `@graph` order.
public enum CrateValidator {
    /// Validates a parsed document against the rules of the version its descriptor declares
    /// (1.2 when it declares none, or one not known).
    ///
    /// - Parameters:
    ///   - document: the parsed `ro-crate-metadata.json`.
    ///   - payload: the files and folders of the crate root; nil skips the checks that need them.
    ///   - level: `.required` reports errors only; `.recommended` adds warnings.
    public static func validate(
        _ document: CrateDocument, payload: CratePayload?, level: CrateLevel = .required
    ) -> [CrateFinding] {
        var inspection = CrateInspection(document: document, payload: payload)
        inspection.checkDocument()
        if inspection.canGoOn {
            inspection.checkEntities()
            inspection.checkDescriptorAndRoot()
            inspection.checkDataEntities()
            inspection.checkContextualEntities()
        }
        return inspection.findings.filter { level.reports($0.severity) }
    }
}

/// The state of one validation: what is known about the document so far and what was found.
struct CrateInspection {
    let document: CrateDocument
    let payload: CratePayload?
    /// The declared version, when the descriptor names a known one.
    let declaredVersion: CrateVersion?
    /// The version whose rules apply.
    let version: CrateVersion
    var findings: [CrateFinding] = []
    /// False once the document is too broken for entity rules to make sense.
    var canGoOn = true

    init(document: CrateDocument, payload: CratePayload?) {
        self.document = document
        self.payload = payload
        declaredVersion = document.version
        version = declaredVersion ?? Self.versionFromContext(document.context) ?? .v1_2
    }

    mutating func report(
        _ rule: CrateRule, _ message: String, fix: String, entity: CrateDocument.Entity? = nil,
        property: String? = nil, severity: CrateSeverity? = nil
    ) {
        var pointer = entity?.pointer
        if let property, let base = pointer { pointer = base + "/" + Self.escapePointer(property) }
        findings.append(
            CrateFinding(rule, severity: severity, message: message, fix: fix, entityID: entity?.id, pointer: pointer))
    }

    static func escapePointer(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private static func versionFromContext(_ context: CrateJSON?) -> CrateVersion? {
        context?.values.compactMap { $0.string.flatMap(CrateVersion.init(contextURL:)) }.max()
    }
}
