/// The licences research deposits meet, with their facts; the reference for every other part
/// of this module.
public enum LicenceCatalogue {
    /// Every licence, in a stable order (open data first, then Creative Commons, then software).
    public static let all: [Licence] = openData + creativeCommons + software

    /// The licence with this id, compared without regard to case (`cecill-2.1` finds `CECILL-2.1`).
    public static func licence(id: String) -> Licence? {
        byLowercasedId[id.lowercased()]
    }

    private static let byLowercasedId: [String: Licence] = Dictionary(
        all.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    static let etalabTerms = AttributionTerms(
        required: [.producer, .lastUpdateDate],
        clause: "« Sous réserve de » : mentionner la paternité, sa source (a minima le nom du Concédant) et la date de la dernière mise à jour")
    static let creativeCommons4Terms = AttributionTerms(
        required: [.creators, .copyrightNotice, .licenceNotice, .disclaimerNotice, .sourceLink,
                   .modificationsIndicated, .licenceURL],
        clause: "Section 3(a)(1): identify the creators, keep the notices, link the material, indicate changes, give the licence URL")
    static let creativeCommons3Terms = AttributionTerms(
        required: [.creators, .copyrightNotice, .sourceLink, .licenceURL, .modificationsIndicated],
        clause: "Section 4: keep copyright notices, credit the author, give the licence URI and the work's URI")
    static let noticeTerms = AttributionTerms(
        required: [.copyrightNotice, .licenceNotice],
        clause: "Keep the copyright notice and the licence text in copies")
    static let databaseTerms = AttributionTerms(
        required: [.producer, .licenceNotice, .licenceURL],
        clause: "Section 4.2/4.3: keep notices and state the licence with its URL when the database is used or produced")
    static let oglTerms = AttributionTerms(
        required: [.producer, .licenceURL],
        clause: "Acknowledge the source with the attribution statement and a link to the licence")

    private static func entry(
        _ id: String, _ english: String, _ french: String, _ urls: [String], _ scope: LicenceScope,
        shareAlike: Bool = false, nonCommercial: Bool = false, noDerivatives: Bool = false,
        spdx: Bool = true, terms: AttributionTerms
    ) -> Licence {
        Licence(id: id, englishName: english, frenchName: french, urls: urls, scope: scope,
                isShareAlike: shareAlike, isNonCommercial: nonCommercial, isNoDerivatives: noDerivatives,
                requiresAttribution: !terms.required.isEmpty, isSPDXListed: spdx, attribution: terms)
    }

    private static let openData: [Licence] = [
        entry("etalab-2.0", "Open Licence 2.0 (Etalab)", "Licence Ouverte 2.0 (Etalab)",
              ["https://www.etalab.gouv.fr/licence-ouverte-open-licence", "https://spdx.org/licenses/etalab-2.0.html",
               "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
               "https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf"],
              .data, terms: etalabTerms),
        entry("etalab-1.0", "Open Licence 1.0 (Etalab)", "Licence Ouverte 1.0 (Etalab)",
              ["https://www.data.gouv.fr/fr/pages/legal/licences/etalab-1.0",
               "https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf"],
              .data, spdx: false, terms: etalabTerms),
        entry("ODbL-1.0", "Open Data Commons Open Database License v1.0",
              "Licence ouverte de bases de données (ODbL) 1.0",
              ["https://opendatacommons.org/licenses/odbl/1-0/", "https://spdx.org/licenses/ODbL-1.0.html"],
              .data, shareAlike: true, terms: databaseTerms),
        entry("ODC-By-1.0", "Open Data Commons Attribution License v1.0",
              "Licence Open Data Commons Attribution 1.0",
              ["https://opendatacommons.org/licenses/by/1-0/", "https://spdx.org/licenses/ODC-By-1.0.html"],
              .data, terms: databaseTerms),
        entry("PDDL-1.0", "Open Data Commons Public Domain Dedication and License v1.0",
              "Dédicace au domaine public Open Data Commons (PDDL) 1.0",
              ["https://opendatacommons.org/licenses/pddl/1-0/", "https://spdx.org/licenses/PDDL-1.0.html"],
              .data, terms: .none),
        entry("OGL-UK-3.0", "Open Government Licence v3.0", "Open Government Licence 3.0 (Royaume-Uni)",
              ["https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
               "https://spdx.org/licenses/OGL-UK-3.0.html"],
              .data, terms: oglTerms),
    ]

    private static let creativeCommons: [Licence] = creativeCommonsFamily(version: "4.0")
        + creativeCommonsFamily(version: "3.0")
        + [creativeCommonsLicence(flags: [], version: "2.0"),
           entry("CC0-1.0", "Creative Commons Zero v1.0 Universal",
                 "Creative Commons Zéro 1.0 Universel (domaine public)",
                 ["https://creativecommons.org/publicdomain/zero/1.0/", "https://spdx.org/licenses/CC0-1.0.html"],
                 .content, terms: .none)]

    private static func creativeCommonsFamily(version: String) -> [Licence] {
        [[], ["SA"], ["NC"], ["ND"], ["NC", "SA"], ["NC", "ND"]].map {
            creativeCommonsLicence(flags: $0, version: version)
        }
    }

    private static func creativeCommonsLicence(flags: [String], version: String) -> Licence {
        let englishParts = ["Attribution"] + flags.map { ["SA": "ShareAlike", "NC": "NonCommercial", "ND": "NoDerivatives"][$0] ?? $0 }
        let frenchParts = ["Attribution"] + flags.map {
            ["SA": "Partage dans les mêmes conditions", "NC": "Pas d'utilisation commerciale",
             "ND": "Pas de modification"][$0] ?? $0
        }
        let path = (["by"] + flags.map { $0.lowercased() }).joined(separator: "-")
        let suffix = version == "4.0" ? " International" : (version == "3.0" ? " Unported" : " Generic")
        let id = "CC-" + (["BY"] + flags).joined(separator: "-") + "-" + version
        return entry(
            id, "Creative Commons " + englishParts.joined(separator: "-") + " " + version + suffix,
            "Creative Commons " + frenchParts.joined(separator: " - ") + " " + version + suffix,
            ["https://creativecommons.org/licenses/\(path)/\(version)/",
             "https://creativecommons.org/licenses/\(path)/\(version)/legalcode",
             "https://spdx.org/licenses/\(id).html"],
            .content, shareAlike: flags.contains("SA"), nonCommercial: flags.contains("NC"),
            noDerivatives: flags.contains("ND"),
            terms: version == "4.0" ? creativeCommons4Terms : creativeCommons3Terms)
    }

    private static let software: [Licence] = [
        entry("MIT", "MIT License", "Licence MIT", ["https://opensource.org/license/mit", "https://spdx.org/licenses/MIT.html"],
              .software, terms: noticeTerms),
        entry("Apache-2.0", "Apache License 2.0", "Licence Apache 2.0",
              ["https://www.apache.org/licenses/LICENSE-2.0", "https://spdx.org/licenses/Apache-2.0.html"],
              .software, terms: noticeTerms),
        entry("BSD-3-Clause", "BSD 3-Clause \"New\" or \"Revised\" License", "Licence BSD à 3 clauses",
              ["https://opensource.org/license/bsd-3-clause", "https://spdx.org/licenses/BSD-3-Clause.html"],
              .software, terms: noticeTerms),
        entry("BSD-2-Clause", "BSD 2-Clause \"Simplified\" License", "Licence BSD à 2 clauses",
              ["https://opensource.org/license/bsd-2-clause", "https://spdx.org/licenses/BSD-2-Clause.html"],
              .software, terms: noticeTerms),
        entry("ISC", "ISC License", "Licence ISC", ["https://spdx.org/licenses/ISC.html"], .software, terms: noticeTerms),
        entry("Unlicense", "The Unlicense", "The Unlicense (domaine public)",
              ["https://unlicense.org/", "https://spdx.org/licenses/Unlicense.html"], .software, terms: .none),
        entry("MPL-2.0", "Mozilla Public License 2.0", "Licence publique Mozilla 2.0",
              ["https://www.mozilla.org/en-US/MPL/2.0/", "https://spdx.org/licenses/MPL-2.0.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("GPL-3.0-only", "GNU General Public License v3.0 only", "Licence publique générale GNU v3.0 seulement",
              ["https://www.gnu.org/licenses/gpl-3.0.html", "https://spdx.org/licenses/GPL-3.0-only.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("GPL-3.0-or-later", "GNU General Public License v3.0 or later", "Licence publique générale GNU v3.0 ou ultérieure",
              ["https://www.gnu.org/licenses/gpl-3.0.html", "https://spdx.org/licenses/GPL-3.0-or-later.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("GPL-2.0-only", "GNU General Public License v2.0 only", "Licence publique générale GNU v2.0 seulement",
              ["https://www.gnu.org/licenses/old-licenses/gpl-2.0.html", "https://spdx.org/licenses/GPL-2.0-only.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("LGPL-3.0-only", "GNU Lesser General Public License v3.0 only", "Licence publique générale limitée GNU v3.0",
              ["https://www.gnu.org/licenses/lgpl-3.0.html", "https://spdx.org/licenses/LGPL-3.0-only.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("AGPL-3.0-only", "GNU Affero General Public License v3.0 only", "Licence publique générale GNU Affero v3.0",
              ["https://www.gnu.org/licenses/agpl-3.0.html", "https://spdx.org/licenses/AGPL-3.0-only.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("EUPL-1.2", "European Union Public License 1.2", "Licence publique de l'Union européenne 1.2",
              ["https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
               "https://spdx.org/licenses/EUPL-1.2.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("CECILL-2.1", "CeCILL Free Software License Agreement v2.1", "Contrat de licence de logiciel libre CeCILL 2.1",
              ["https://cecill.info/licences/Licence_CeCILL_V2.1-fr.html", "https://spdx.org/licenses/CECILL-2.1.html"],
              .software, shareAlike: true, terms: noticeTerms),
        entry("CECILL-B", "CeCILL-B Free Software License Agreement", "Contrat de licence de logiciel libre CeCILL-B",
              ["https://cecill.info/licences/Licence_CeCILL-B_V1-fr.html", "https://spdx.org/licenses/CECILL-B.html"],
              .software, terms: noticeTerms),
        entry("CECILL-C", "CeCILL-C Free Software License Agreement", "Contrat de licence de logiciel libre CeCILL-C",
              ["https://cecill.info/licences/Licence_CeCILL-C_V1-fr.html", "https://spdx.org/licenses/CECILL-C.html"],
              .software, shareAlike: true, terms: noticeTerms),
    ]
}
