import FairPackBase
import FairPackDeposit
/// A dataset licence as Dataverse's native API names it: `{"name", "uri"}`.
///
/// Dataverse accepts a licence only when it matches one configured on the installation, so the
/// three licences Recherche Data Gouv depositors use most are written exactly as the licence
/// files shipped with Dataverse define them (`scripts/api/data/licenses/` in IQSS/dataverse):
///
/// | SPDX id | name | uri | source |
/// | --- | --- | --- | --- |
/// | `CC0-1.0` | `CC0 1.0` | `http://creativecommons.org/publicdomain/zero/1.0` | `licenseCC0-1.0.json` (a default licence) |
/// | `CC-BY-4.0` | `CC BY 4.0` | `http://creativecommons.org/licenses/by/4.0` | `licenseCC-BY-4.0.json` (a default licence) |
/// | `etalab-2.0` | `etalab 2.0` | `https://spdx.org/licenses/etalab-2.0` | `licenseEtalab-2.0.json` (contributed in Dataverse 6.6) |
///
/// Any other SPDX id (ODbL-1.0, CC-BY-SA-4.0, …) gets the SPDX full name and
/// `https://spdx.org/licenses/<id>`: a stable, documented pair an administrator can register, but
/// not necessarily the spelling of that installation.
struct DataverseLicence: Encodable, Sendable, Equatable {
    /// The licence's name on the installation.
    let name: String
    /// The licence's URI on the installation.
    let uri: String

    /// The licence for an SPDX id (any case); nil when the text is absent or not an SPDX id.
    init?(spdx text: String?) {
        guard let text, let licence = SPDXLicence.named(text) else { return nil }
        if let known = Self.shipped[licence.id] {
            self = known
        } else {
            self.init(name: licence.name, uri: "https://spdx.org/licenses/" + licence.id)
        }
    }

    init(name: String, uri: String) {
        self.name = name
        self.uri = uri
    }

    /// Dataverse's own spelling, keyed by canonical SPDX id (table above).
    private static let shipped: [String: DataverseLicence] = [
        "CC0-1.0": DataverseLicence(name: "CC0 1.0", uri: "http://creativecommons.org/publicdomain/zero/1.0"),
        "CC-BY-4.0": DataverseLicence(name: "CC BY 4.0", uri: "http://creativecommons.org/licenses/by/4.0"),
        "etalab-2.0": DataverseLicence(name: "etalab 2.0", uri: "https://spdx.org/licenses/etalab-2.0"),
    ]
}
