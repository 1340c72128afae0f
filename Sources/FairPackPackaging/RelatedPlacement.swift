/// Where a `related:` work goes in the crate: the schema.org property its DataCite relation
/// means, on the root dataset (`Cites` → `citation`), or on the work itself pointing back to the
/// root when schema.org only has the inverse (`IsCitedBy` → the work's `citation`).
///
/// | DataCite `relation` | crate |
/// | --- | --- |
/// | `Cites`, `References` | root `citation` |
/// | `IsCitedBy`, `IsReferencedBy` | the work's `citation` → root |
/// | `IsPartOf` | root `isPartOf` |
/// | `HasPart` | root `hasPart` |
/// | `IsDerivedFrom`, `IsNewVersionOf`, `IsVariantFormOf` | root `isBasedOn` |
/// | `IsSourceOf`, `IsPreviousVersionOf`, `IsOriginalFormOf` | the work's `isBasedOn` → root |
/// | `IsIdenticalTo` | root `sameAs` |
/// | `IsDocumentedBy`, `IsDescribedBy`, `IsReviewedBy` | root `subjectOf` |
/// | `Documents`, `Describes`, `Reviews` | the work's `about` → root |
/// | `IsTranslationOf` | root `translationOfWork` |
/// | `HasTranslation` | root `workTranslation` |
/// | anything else, or none | root `citation` for a DOI or HAL id, root `subjectOf` for a web page |
///
/// The relation as written is kept on the work as `additionalType`.
enum RelatedPlacement: Equatable {
    /// A property of the root dataset whose value is the work.
    case root(String)
    /// A property of the work whose value is the root dataset.
    case inverse(String)

    /// The placement for `relation` (any case); `isIdentifier` tells a DOI or HAL id from a web page.
    init(relation: String?, isIdentifier: Bool) {
        if let relation, let known = Self.table[relation.lowercased()] {
            self = known
        } else {
            self = .root(isIdentifier ? "citation" : "subjectOf")
        }
    }

    private static let table: [String: RelatedPlacement] = {
        var table: [String: RelatedPlacement] = [:]
        let rows: [([String], RelatedPlacement)] = [
            (["Cites", "References"], .root("citation")),
            (["IsCitedBy", "IsReferencedBy"], .inverse("citation")),
            (["IsPartOf"], .root("isPartOf")),
            (["HasPart"], .root("hasPart")),
            (["IsDerivedFrom", "IsNewVersionOf", "IsVariantFormOf"], .root("isBasedOn")),
            (["IsSourceOf", "IsPreviousVersionOf", "IsOriginalFormOf"], .inverse("isBasedOn")),
            (["IsIdenticalTo"], .root("sameAs")),
            (["IsDocumentedBy", "IsDescribedBy", "IsReviewedBy"], .root("subjectOf")),
            (["Documents", "Describes", "Reviews"], .inverse("about")),
            (["IsTranslationOf"], .root("translationOfWork")),
            (["HasTranslation"], .root("workTranslation")),
        ]
        for (relations, placement) in rows {
            for relation in relations { table[relation.lowercased()] = placement }
        }
        return table
    }()
}
