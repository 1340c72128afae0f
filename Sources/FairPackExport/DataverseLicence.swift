import FairPackBase
import FairPackDeposit
import Foundation
/// A dataset licence as Dataverse's native API names it: `{"name", "uri"}`.
///
/// Dataverse accepts a licence only when its name and URI are those of a licence configured on
/// the installation, so each is written exactly as the licence files shipped with Dataverse 6
/// define it (`scripts/api/data/licenses/license*.json` in IQSS/dataverse); see
/// ``DataverseLicenceMap/stock``.
public struct DataverseLicence: Encodable, Sendable, Equatable {
    /// The licence's name on the installation.
    public let name: String
    /// The licence's URI on the installation.
    public let uri: String

    /// Creates a licence.
    public init(name: String, uri: String) {
        self.name = name
        self.uri = uri
    }
}

/// Which Dataverse licence stands for each SPDX id: Dataverse 6's shipped licences, or an
/// installation's own list read from a small YAML or TSV file (`--licence-map`).
public struct DataverseLicenceMap: Sendable, Equatable {
    /// The licences, keyed by lower-cased SPDX id.
    public private(set) var licences: [String: DataverseLicence]

    /// Creates a map from SPDX ids (any case) to licences.
    public init(_ licences: [String: DataverseLicence]) {
        self.licences = Dictionary(licences.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
    }

    /// The licence for an SPDX id (any case, aliases such as `CC-BY` resolved); nil when unknown.
    public func licence(forSPDX text: String) -> DataverseLicence? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let direct = licences[trimmed.lowercased()] { return direct }
        guard let canonical = SPDXLicence.named(trimmed)?.id else { return nil }
        return licences[canonical.lowercased()]
    }

    /// This map with `other`'s entries added, `other` winning.
    public func merging(_ other: DataverseLicenceMap) -> DataverseLicenceMap {
        DataverseLicenceMap(licences.merging(other.licences) { _, new in new })
    }

    /// The licences a stock Dataverse 6 installation can load from its shipped files, with their
    /// exact name and URI, as in IQSS/dataverse at b485249 (July 2026, after 6.11). A fresh
    /// installation activates CC0 1.0 and CC BY 4.0; the others are loaded by the administrator
    /// from the same files (installations that loaded older files may spell some differently:
    /// `--licence-map` covers them).
    ///
    /// | SPDX id | name | uri |
    /// | --- | --- | --- |
    /// | `CC0-1.0` | `CC0 1.0` | `http://creativecommons.org/publicdomain/zero/1.0` |
    /// | `CC-BY-4.0` | `CC BY 4.0` | `http://creativecommons.org/licenses/by/4.0` |
    /// | `CC-BY-SA-4.0` | `CC BY-SA 4.0` | `http://creativecommons.org/licenses/by-sa/4.0` |
    /// | `CC-BY-NC-4.0` | `CC BY-NC 4.0` | `http://creativecommons.org/licenses/by-nc/4.0` |
    /// | `CC-BY-NC-SA-4.0` | `CC BY-NC-SA 4.0` | `http://creativecommons.org/licenses/by-nc-sa/4.0` |
    /// | `CC-BY-ND-4.0` | `CC BY-ND 4.0` | `http://creativecommons.org/licenses/by-nd/4.0` |
    /// | `CC-BY-NC-ND-4.0` | `CC BY-NC-ND 4.0` | `http://creativecommons.org/licenses/by-nc-nd/4.0` |
    /// | `etalab-2.0` | `etalab 2.0` | `https://spdx.org/licenses/etalab-2.0` |
    /// | `ODbL-1.0` | `ODbL-1.0` | `http://www.opendatacommons.org/licenses/odbl/1.0/` |
    /// | `ODC-By-1.0` | `ODC-By-1.0` | `https://opendatacommons.org/licenses/by/1.0/` |
    /// | `PDDL-1.0` | `PDDL-1.0` | `http://opendatacommons.org/licenses/pddl/1.0/` |
    /// | `OGL-UK-3.0` | `OGL-UK-3.0` | `https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3` |
    /// | `EUPL-1.2` | `EUPL-1.2` | `https://joinup.ec.europa.eu/page/eupl-text-11-12` |
    /// | `MIT` | `MIT` | `https://opensource.org/licenses/MIT` |
    /// | `Apache-2.0` | `Apache-2.0` | `http://www.apache.org/licenses/LICENSE-2.0` |
    public static let stock = DataverseLicenceMap([
        "CC0-1.0": .init(name: "CC0 1.0", uri: "http://creativecommons.org/publicdomain/zero/1.0"),
        "CC-BY-4.0": .init(name: "CC BY 4.0", uri: "http://creativecommons.org/licenses/by/4.0"),
        "CC-BY-SA-4.0": .init(name: "CC BY-SA 4.0", uri: "http://creativecommons.org/licenses/by-sa/4.0"),
        "CC-BY-NC-4.0": .init(name: "CC BY-NC 4.0", uri: "http://creativecommons.org/licenses/by-nc/4.0"),
        "CC-BY-NC-SA-4.0": .init(name: "CC BY-NC-SA 4.0", uri: "http://creativecommons.org/licenses/by-nc-sa/4.0"),
        "CC-BY-ND-4.0": .init(name: "CC BY-ND 4.0", uri: "http://creativecommons.org/licenses/by-nd/4.0"),
        "CC-BY-NC-ND-4.0": .init(name: "CC BY-NC-ND 4.0", uri: "http://creativecommons.org/licenses/by-nc-nd/4.0"),
        "etalab-2.0": .init(name: "etalab 2.0", uri: "https://spdx.org/licenses/etalab-2.0"),
        "ODbL-1.0": .init(name: "ODbL-1.0", uri: "http://www.opendatacommons.org/licenses/odbl/1.0/"),
        "ODC-By-1.0": .init(name: "ODC-By-1.0", uri: "https://opendatacommons.org/licenses/by/1.0/"),
        "PDDL-1.0": .init(name: "PDDL-1.0", uri: "http://opendatacommons.org/licenses/pddl/1.0/"),
        "OGL-UK-3.0": .init(name: "OGL-UK-3.0", uri: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3"),
        "EUPL-1.2": .init(name: "EUPL-1.2", uri: "https://joinup.ec.europa.eu/page/eupl-text-11-12"),
        "MIT": .init(name: "MIT", uri: "https://opensource.org/licenses/MIT"),
        "Apache-2.0": .init(name: "Apache-2.0", uri: "http://www.apache.org/licenses/LICENSE-2.0"),
    ])

    /// Reads a map written as YAML (`CC-BY-4.0: { name: "CC BY 4.0", uri: "http://…" }`) or as
    /// TSV (`SPDX id<TAB>name<TAB>uri` per line; blank lines and `#` comments skipped).
    public static func parse(_ text: String) throws(LicenceMapError) -> DataverseLicenceMap {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let meaningful = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        if !meaningful.isEmpty, meaningful.allSatisfy({ $0.contains("\t") }) { return try parseTSV(lines) }
        let document: YAMLNode
        do {
            document = try YAMLNode.parse(text)
        } catch {
            throw LicenceMapError(message: "not YAML nor TSV: \(error.message)", line: error.line)
        }
        guard let entries = document.entries else {
            throw LicenceMapError(message: "expected `SPDX-id: { name: …, uri: … }` lines or `SPDX id<TAB>name<TAB>uri` lines", line: nil)
        }
        var licences: [String: DataverseLicence] = [:]
        for entry in entries {
            guard let name = entry.value["name"]?.text, let uri = entry.value["uri"]?.text,
                  !name.isEmpty, !uri.isEmpty else {
                throw LicenceMapError(message: "`\(entry.key)` needs both `name` and `uri`", line: entry.keyLocation.line)
            }
            licences[entry.key] = DataverseLicence(name: name, uri: uri)
        }
        return DataverseLicenceMap(licences)
    }

    private static func parseTSV(_ lines: [String]) throws(LicenceMapError) -> DataverseLicenceMap {
        var licences: [String: DataverseLicence] = [:]
        for (index, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, !cells.contains(where: \.isEmpty) else {
                throw LicenceMapError(message: "expected 3 tab-separated cells (SPDX id, name, uri), found \(cells.count)", line: index + 1)
            }
            licences[cells[0]] = DataverseLicence(name: cells[1], uri: cells[2])
        }
        return DataverseLicenceMap(licences)
    }
}

/// A licence map file that cannot be read.
public struct LicenceMapError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// The 1-based line, when known.
    public var line: Int?
}
