/// Every rule the validator applies, with a stable id and the specification sentence it implements.
///
/// Ids never change meaning; new rules get new ids. Quotes are from RO-Crate 1.2 unless noted
/// (1.1 and 1.3 say the same where not noted; see `CrateVersion` for the differences applied).
public enum CrateRule: String, Sendable, CaseIterable {
    /// The metadata file is UTF-8 JSON whose top level is an object.
    case json = "crate.json"
    /// `@graph` is an array of entity objects.
    case graph = "crate.graph"
    /// `@context` references the RO-Crate context of the declared version.
    case context = "crate.context"
    /// `@context` names a context that cannot be checked offline.
    case contextUnknown = "crate.context.unknown"
    /// Every property (and type) used is a term defined by the context.
    case terms = "crate.context.terms"
    /// Entities are flat: nested objects are only `{"@id": …}` references or `@value` literals.
    case flattened = "crate.flattened"
    /// Every entity has an `@id`.
    case entityID = "crate.entity.id"
    /// Every entity has a `@type`.
    case entityType = "crate.entity.type"
    /// No two entities share an `@id`.
    case idUnique = "crate.id.unique"
    /// Every `@id` is a valid URI reference.
    case idValid = "crate.id.valid"
    /// Local `@id`s are relative paths inside the crate.
    case idLocal = "crate.id.local"
    /// The metadata descriptor is present and well formed.
    case descriptor = "crate.descriptor"
    /// The descriptor's `conformsTo` names one versioned RO-Crate specification.
    case descriptorConformsTo = "crate.descriptor.conforms-to"
    /// The root data entity is present, is a Dataset and has a usable `@id`.
    case root = "crate.root"
    /// The root data entity has name, description, datePublished and license.
    case rootProperties = "crate.root.properties"
    /// The root's publisher is a described Organization or Person.
    case rootPublisher = "crate.root.publisher"
    /// Profiles the root conforms to are described as `Profile` entities.
    case rootProfiles = "crate.root.profiles"
    /// Dates are ISO 8601.
    case date = "crate.date"
    /// Local data entities exist in the payload.
    case dataEntityExists = "crate.data-entity.exists"
    /// Folder data entities have an `@id` ending with `/`.
    case folderSlash = "crate.data-entity.folder-slash"
    /// Every data entity is reachable from the root through `hasPart`.
    case hasPart = "crate.haspart"
    /// Every referenced entity is described, and every entity is referenced.
    case references = "crate.references"
    /// Contextual entities have the properties their type requires.
    case contextualProperties = "crate.contextual.properties"
    /// Subjects use `about` and keywords use `keywords`.
    case subjectKeywords = "crate.subject-keywords"
    /// A BagIt manifest lists the metadata file.
    case bagitManifest = "crate.bagit.manifest"
    /// Files fetched by BagIt carry the same `url` in the crate.
    case bagitFetch = "crate.bagit.fetch"
    /// An `.eln` archive holds one top folder named after the archive.
    case elnFolder = "crate.eln.folder"
    /// A file's `contentSize` and `sha256` match its bytes.
    case fixity = "crate.data-entity.fixity"
    /// `ro-crate-preview.html`, when present, is an HTML5 document.
    case preview = "crate.preview"

    /// Error for rules from a MUST, warning for rules from a SHOULD.
    public var severity: CrateSeverity {
        switch self {
        case .contextUnknown, .idLocal, .descriptorConformsTo, .rootPublisher, .folderSlash, .references,
            .bagitFetch:
            return .warning
        default:
            return .error
        }
    }

    /// The sentence of the specification the rule implements.
    public var specText: String {
        switch self {
        case .json, .graph:
            return "The RO-Crate Metadata Document MUST be a document which is valid JSON-LD 1.0 in flattened and compacted form. (structure.md)"
        case .context:
            return "The RO-Crate JSON-LD MUST use the RO-Crate JSON-LD Context https://w3id.org/ro/crate/1.2/context by reference. (structure.md; 1.1: SHOULD)"
        case .contextUnknown:
            return "Any additional terms … MUST be added as keys to the @context … (or be defined by the JSON-LD context in other ways). (appendix/jsonld.md) A context that cannot be read offline cannot be checked."
        case .terms:
            return "Any additional terms (properties and types) from outside schema.org MUST be added as keys to the @context in the RO-Crate JSON-LD. (appendix/jsonld.md)"
        case .flattened:
            return "Any nested entities in RO-Crate JSON-LD MUST be described as separate contextual entities in the flat @graph list; property references to other entities MUST use the { \"@id\": \"...\"} object form. (metadata.md)"
        case .entityID:
            return "The entity MUST have an @id. (metadata.md, Common principles 1)"
        case .entityType:
            return "The entity MUST have a @type, which MAY be an array. (metadata.md, Common principles 2)"
        case .idUnique:
            return "The RO-Crate Metadata JSON-LD @graph MUST NOT list multiple entities with the same @id. (contextual-entities.md)"
        case .idValid:
            return "All @id identifiers must be valid URI references; escape special characters like space (%20) and percent (%25). (data-entities.md, appendix/jsonld.md)"
        case .idLocal:
            return "If a local file is intended to be packaged within an Attached RO-Crate Package, the @id property MUST be a URI Path relative to the RO Crate Root; paths SHOULD NOT use ../. (data-entities.md, appendix/relative-uris.md)"
        case .descriptor:
            return "The RO-Crate Metadata Document MUST contain a self-describing RO-Crate Metadata Descriptor with the @id value ro-crate-metadata.json and @type CreativeWork. This descriptor MUST have an about property referencing the Root Data Entity's @id. (root-data-entity.md)"
        case .descriptorConformsTo:
            return "The conformsTo of the RO-Crate Metadata Descriptor SHOULD have a single value which is a versioned permalink URI of the RO-Crate specification. (root-data-entity.md)"
        case .root:
            return "@type: MUST be Dataset or an array that contains Dataset. The @id of the Root Data Entity in an Attached RO-Crate Package MUST be either ./ or be a URI. (root-data-entity.md, structure.md; 1.1: MUST end with /)"
        case .rootProperties:
            return "The Root Data Entity MUST have all of the properties listed below: @type, @id, name, description, datePublished, license. (root-data-entity.md)"
        case .rootPublisher:
            return "The publisher SHOULD be an Organization, though it MAY be a Person. (contextual-entities.md)"
        case .rootProfiles:
            return "Each profile listed in conformsTo on the Root Data Entity MUST link to a corresponding contextual entity for the profile; the @type MUST include Profile. (profiles.md)"
        case .date:
            return "datePublished: MUST be a single string value in ISO 8601 date format, SHOULD be specified to at least the precision of a day. (root-data-entity.md)"
        case .dataEntityExists:
            return "A relative URI, indicating that a file MUST be present at the path @id relative to the RO-Crate Root; a Dataset URI Path MUST resolve to a directory which is present in the RO-Crate Root. (data-entities.md)"
        case .folderSlash:
            return "Dataset @id: in an Attached RO-Crate Package ONLY, a URI Path that SHOULD end with /. (data-entities.md)"
        case .hasPart:
            return "Where files and folders are represented as Data Entities in the RO-Crate JSON-LD, these MUST be linked to, either directly or indirectly, from the Root Data Entity using the hasPart property. (data-entities.md)"
        case .references:
            return "Any referenced contextual entities SHOULD also be described in the RO-Crate Metadata Document with the same identifier; the entity SHOULD be ultimately referenceable from the root data entity. (structure.md, metadata.md)"
        case .contextualProperties:
            return "A contextual entity representing a ComputerLanguage and/or SoftwareApplication MUST have a name, url and version (workflows.md); a PropertyValue identifier MUST have a human readable value (root-data-entity.md); scripts and workflows MUST be File and SoftwareSourceCode with a name (workflows.md); the thumbnail MUST be included in the RO-Crate (contextual-entities.md), as a File; a WebSite has a name."
        case .subjectKeywords:
            return "Subject properties on the root data entity or a data entity MUST use the about property. Keyword properties MUST use keywords. (contextual-entities.md)"
        case .bagitManifest:
            return "The BagIt manifest file MUST list the checksum of all payload files in data/; where data/ is also the RO-Crate Root the manifest therefore MUST include ro-crate-metadata.json. (appendix/implementation-notes.md)"
        case .bagitFetch:
            return "It is RECOMMENDED that the url is provided in the data entity and consistent with the line in fetch.txt. (appendix/implementation-notes.md)"
        case .fixity:
            return "contentSize: the file size in bytes; sha256: the SHA-256 checksum of the file (data-entities.md, schema.org). A value that differs from the bytes present means the file was changed or damaged since the metadata was written."
        case .preview:
            return "If present, the RO-Crate Website MUST be a file named ro-crate-preview.html in the root directory; it MUST be a valid HTML 5 document. (structure.md) The HTML5 doctype is what is checked."
        case .elnFolder:
            return "An .eln file is a ZIP archive whose content sits in a single folder named after the archive, holding ro-crate-metadata.json. (ELN file format)"
        }
    }

    /// MUST requirements of RO-Crate 1.2 that no rule checks, with the reason.
    public static let uncoveredMUSTs: [String] = [
        "structure.md: an Attached RO-Crate Package's metadata file MUST be named ro-crate-metadata.json in the RO-Crate Root — the caller finds the file; a missing file is the caller's finding.",
        "structure.md: ro-crate-preview.html, if present, MUST be valid HTML 5 and embed or link the metadata — only its HTML5 doctype is checked (crate.preview).",
        "structure.md / data-entities.md: Detached RO-Crate Packages MUST use absolute @ids — only attached packages are validated.",
        "root-data-entity.md: cite-as MUST ultimately give the RO-Crate as a downloadable item — needs the network.",
        "profiles.md: a profile URI MUST resolve to a human-readable description — needs the network.",
        "contextual-entities.md: citation MUST use a URL @id for a publication — cannot tell a publication from other cited works.",
        "contextual-entities.md: a thumbnail MUST be included in the RO-Crate — checked as a reference to a File entity (crate.contextual.properties), present when local (crate.data-entity.exists).",
        "workflows.md: FormalParameter entities referenced by input or output MUST describe name — workflow profiles are out of scope.",
        "appendix/jsonld.md: the RO-Crate Website MUST link sameAs URIs — HTML is not read.",
    ]
}
