/// One licence of the catalogue: how it is named, where it lives, what it demands.
///
/// Values come from ``LicenceCatalogue``; checks read the flags and ``attribution``
/// rather than testing identifiers by hand.
public struct Licence: Sendable, Hashable {
    /// The SPDX identifier (`etalab-2.0`, `CC-BY-4.0`), or a stable fairpack id for licences
    /// the SPDX list lacks (`etalab-1.0`); see ``isSPDXListed``.
    public let id: String
    /// The name in English.
    public let englishName: String
    /// The name in French.
    public let frenchName: String
    /// Official pages and texts, canonical first.
    public let urls: [String]
    /// What the licence is written for.
    public let scope: LicenceScope
    /// Whether adaptations must be shared under the same licence (CC BY-SA, ODbL, GPL...).
    public let isShareAlike: Bool
    /// Whether commercial use is forbidden (CC BY-NC...).
    public let isNonCommercial: Bool
    /// Whether adaptations may not be shared (CC BY-ND...).
    public let isNoDerivatives: Bool
    /// Whether attribution is a condition (false for CC0, PDDL, Unlicense).
    public let requiresAttribution: Bool
    /// Whether the id appears in the SPDX licence list.
    public let isSPDXListed: Bool
    /// What a reuser must state when reusing material under this licence.
    public let attribution: AttributionTerms

    /// Whether the licence was written for software (MIT, Apache, BSD, GPL, EUPL, CeCILL...).
    public var isSoftwareLicence: Bool { scope == .software }
    /// Whether the licence places the material in the public domain (CC0, PDDL, Unlicense).
    public var isPublicDomain: Bool { !requiresAttribution }
    /// The canonical URL, when one is known.
    public var canonicalURL: String? { urls.first }
}

/// What a licence is written for.
public enum LicenceScope: String, Sendable, Hashable, CaseIterable {
    /// Source code (MIT, Apache-2.0, GPL...).
    case software
    /// Data and databases (Etalab, ODbL, ODC-By, PDDL, OGL).
    case data
    /// Creative works of any kind: texts, images, data (Creative Commons).
    case content
}

/// The elements an attribution must carry to satisfy a licence.
///
/// Exposed as data: checks decide which deposit fields answer each element.
public struct AttributionTerms: Sendable, Hashable {
    /// The elements required, in the order a reuser would write them.
    public let required: [AttributionElement]
    /// Where the licence text states the requirement (a section or clause).
    public let clause: String

    /// No attribution required.
    public static let none = AttributionTerms(required: [], clause: "")

    /// Creates terms from their elements and the clause stating them.
    public init(required: [AttributionElement], clause: String) {
        self.required = required
        self.clause = clause
    }
}

/// One element of an attribution.
public enum AttributionElement: String, Sendable, Hashable, CaseIterable {
    /// The producer or licensor (Etalab: "a minima le nom du Concédant").
    case producer
    /// The date of the last update of the reused information (Etalab).
    case lastUpdateDate
    /// The creators of the material (CC: identification of the creator).
    case creators
    /// The copyright notice, kept when supplied.
    case copyrightNotice
    /// A notice that refers to the licence.
    case licenceNotice
    /// The licence's URL or its text.
    case licenceURL
    /// A notice that refers to the disclaimer of warranties, kept when supplied.
    case disclaimerNotice
    /// A link (URI) to the material, where reasonably practicable.
    case sourceLink
    /// An indication of modifications made to the material.
    case modificationsIndicated
}
