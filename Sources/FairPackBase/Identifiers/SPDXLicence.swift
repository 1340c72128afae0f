import Foundation

/// A licence of the SPDX License List, shipped with the tool (`Resources/spdx-licences.tsv`).
public struct SPDXLicence: Sendable, Hashable {
    /// The SPDX identifier in its canonical case (`etalab-2.0`, `CC-BY-4.0`).
    public let id: String
    /// The full name.
    public let name: String
    /// True for identifiers SPDX keeps only for old documents (`GPL-2.0`).
    public let isDeprecated: Bool
    /// True when the OSI approved the licence.
    public let isOSIApproved: Bool
    /// The licence's page on spdx.org.
    public let reference: String

    /// Looks up an identifier; SPDX ids match case-insensitively. Nil when unknown.
    public static func named(_ id: String) -> SPDXLicence? {
        catalogue.byLowercasedId[id.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Every licence of the list.
    public static var all: [SPDXLicence] { catalogue.all }

    /// The version of the SPDX License List shipped.
    public static var listVersion: String { catalogue.version }

    /// A known id for text that names a licence loosely ("Licence Ouverte 2.0", "CC BY 4.0").
    public static func suggestion(for text: String) -> String? {
        let key = looseKey(text)
        if let id = looseNames[key] { return id }
        if let match = catalogue.all.first(where: { looseKey($0.name) == key || looseKey($0.id) == key }) {
            return match.id
        }
        return NearestWord.find(text, in: catalogue.all.map(\.id), maxDistance: 2)
    }

    private static func looseKey(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private static let looseNames: [String: String] = [
        "licenceouverte20": "etalab-2.0", "licenceouverte2": "etalab-2.0", "licenceouverte": "etalab-2.0",
        "openlicence20": "etalab-2.0", "etalab20": "etalab-2.0", "etalab": "etalab-2.0",
        "lo20": "etalab-2.0", "ccby40": "CC-BY-4.0", "ccby": "CC-BY-4.0", "cc0": "CC0-1.0",
        "odbl": "ODbL-1.0", "odbl10": "ODbL-1.0",
    ]

    private struct Catalogue {
        var all: [SPDXLicence] = []
        var byLowercasedId: [String: SPDXLicence] = [:]
        var version = "unknown"
    }

    private static let catalogue: Catalogue = {
        var catalogue = Catalogue()
        for row in BundledTable.rows("spdx-licences") where row.count >= 5 {
            let licence = SPDXLicence(id: row[0], name: row[1], isDeprecated: row[2] == "1",
                                      isOSIApproved: row[3] == "1", reference: row[4])
            catalogue.all.append(licence)
            catalogue.byLowercasedId[row[0].lowercased()] = licence
        }
        if let head = BundledTable.header("spdx-licences"),
           let version = head.split(separator: " ").dropFirst(4).first {
            catalogue.version = String(version)
        }
        return catalogue
    }()
}
