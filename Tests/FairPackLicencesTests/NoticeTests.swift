import Testing
import FairPackLicences

@Suite("Notices, identifiers and links")
struct NoticeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let id: String
        var testDescription: String { text }
    }

    static let notices: [Case] = [
        Case(text: "This work is licensed under a Creative Commons Attribution 4.0 International License.", id: "CC-BY-4.0"),
        Case(text: "Licence Ouverte / Open Licence version 2.0", id: "etalab-2.0"),
        Case(text: "Données publiées sous licence Etalab 2.0 par le ministère.", id: "etalab-2.0"),
        Case(text: "Jeu de données distribué sous licence CC BY-SA 4.0.", id: "CC-BY-SA-4.0"),
        Case(text: "Released under the MIT License.", id: "MIT"),
        Case(text: "Licensed under the Apache License, Version 2.0 (the \"License\");", id: "Apache-2.0"),
        Case(text: "Ce logiciel est régi par la licence CeCILL v2.1 soumise au droit français.", id: "CECILL-2.1"),
        Case(text: "This database is made available under the Open Database License: http://opendatacommons.org/licenses/odbl/1.0/", id: "ODbL-1.0"),
        Case(text: "Les données sont sous Licence Ouverte version 1.0 (Etalab).", id: "etalab-1.0"),
        Case(text: "Contains public sector information licensed under the Open Government Licence v3.0.", id: "OGL-UK-3.0"),
        Case(text: "To the extent possible under law, the authors have waived all rights: CC0 1.0 Universal.", id: "CC0-1.0"),
        Case(text: "This program is free software: you can redistribute it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.", id: "GPL-3.0-or-later"),
        Case(text: "Licensed under the EUPL, Version 1.2 or – as soon they will be approved by the European Commission", id: "EUPL-1.2"),
        Case(text: "Ce contenu est mis à disposition selon les termes de la Licence Creative Commons Attribution 3.0 non transposé.", id: "CC-BY-3.0"),
        Case(text: "The data is released under the Open Data Commons Attribution License (ODC-By) v1.0.", id: "ODC-By-1.0"),
    ]

    @Test("Short notices in English and French name their licence", arguments: notices)
    func notice(_ expected: Case) throws {
        let findings = LicenceDetector.findings(in: expected.text)
        let primary = try #require(findings.primary)
        #expect(primary.licenceId == expected.id)
        #expect(primary.line == 1)
        #expect(findings.licenceIds.allSatisfy { $0 == expected.id }, "\(findings.licenceIds)")
    }

    @Test("One sentence naming two licences gives both, in order")
    func twoLicences() {
        #expect(LicenceDetector.findings(in: "Code licensed under MIT, data under CC0 1.0.").licenceIds == ["MIT", "CC0-1.0"])
    }

    static let variants: [(flags: String, english: String, french: String)] = [
        ("", "Attribution", "Attribution"),
        ("-SA", "Attribution-ShareAlike", "Attribution - Partage dans les Mêmes Conditions"),
        ("-NC", "Attribution-NonCommercial", "Attribution - Pas d'Utilisation Commerciale"),
        ("-ND", "Attribution-NoDerivatives", "Attribution - Pas de Modification"),
        ("-NC-SA", "Attribution-NonCommercial-ShareAlike", "Attribution - Pas d'Utilisation Commerciale - Partage dans les Mêmes Conditions"),
        ("-NC-ND", "Attribution-NonCommercial-NoDerivatives", "Attribution - Pas d'Utilisation Commerciale - Pas de Modification"),
    ]

    static let relatives: [Case] = variants.flatMap { variant in
        ["4.0", "3.0"].flatMap { version in
            let path = "by" + variant.flags.lowercased()
            let id = "CC-BY\(variant.flags)-\(version)"
            let suffix = version == "4.0" ? "International" : "Unported"
            return [
                Case(text: "This work is licensed under a Creative Commons \(variant.english) \(version) \(suffix) License.", id: id),
                Case(text: "Cette œuvre est mise à disposition selon les termes de la Licence Creative Commons \(variant.french) \(version) \(suffix).", id: id),
                Case(text: "License: CC \(path.uppercased()) \(version)", id: id),
                Case(text: "See https://creativecommons.org/licenses/\(path)/\(version)/legalcode for details.", id: id),
                Case(text: "SPDX-License-Identifier: \(id)", id: id),
            ]
        }
    }

    @Test("Creative Commons relatives are told apart: ShareAlike, NonCommercial, NoDerivatives and the version decide",
          arguments: relatives)
    func relative(_ expected: Case) throws {
        let findings = LicenceDetector.findings(in: expected.text)
        #expect(findings.licenceIds == [expected.id])
    }

    @Test("A README that only names its licence in a License section")
    func readmeSection() throws {
        let readme = """
        # Enquête mobilité 2023

        Données anonymisées de l'enquête, au format CSV.

        ## Usage

        Load `data/trips.csv` with any CSV reader.

        ## License

        The data are published under the Licence Ouverte / Open Licence 2.0 (Etalab);
        the scripts under the MIT License.
        """
        let findings = LicenceDetector.findings(in: readme)
        #expect(findings.licenceIds == ["etalab-2.0", "MIT"])
        #expect(findings.detections.first?.line == 11)
        #expect(findings.detections.allSatisfy { $0.kind == .notice })
    }

    @Test("The Creative Commons by-sa badge snippet is CC-BY-SA-4.0, never CC BY")
    func badge() throws {
        let snippet = """
        [![CC BY-SA 4.0][cc-by-sa-shield]][cc-by-sa]

        This work is licensed under a
        [Creative Commons Attribution-ShareAlike 4.0 International License][cc-by-sa].

        [![CC BY-SA 4.0][cc-by-sa-image]][cc-by-sa]

        [cc-by-sa]: http://creativecommons.org/licenses/by-sa/4.0/
        [cc-by-sa-image]: https://licensebuttons.net/l/by-sa/4.0/88x31.png
        [cc-by-sa-shield]: https://img.shields.io/badge/License-CC%20BY--SA%204.0-lightgrey.svg
        """
        let findings = LicenceDetector.findings(in: snippet)
        #expect(findings.licenceIds == ["CC-BY-SA-4.0"])
        #expect(findings.detections.contains { $0.kind == .url && $0.line == 8 })
    }

    @Test("SPDX identifier lines and licence links are mentions with their line")
    func mentions() throws {
        let source = """
        // Copyright 2024 Lab
        // SPDX-License-Identifier: Apache-2.0 OR MIT
        """
        let findings = LicenceDetector.findings(in: source)
        #expect(findings.detections.filter { $0.kind == .identifier }.map(\.licenceId) == ["Apache-2.0", "MIT"])
        #expect(findings.detections.allSatisfy { $0.line == 2 })
        let links = """
        Licence : https://www.etalab.gouv.fr/licence-ouverte-open-licence
        Voir aussi https://spdx.org/licenses/CC-BY-NC-4.0.html
        """
        let linked = LicenceDetector.findings(in: links)
        #expect(linked.licenceIds.contains("etalab-2.0"))
        #expect(linked.detections.contains { $0.licenceId == "CC-BY-NC-4.0" && $0.kind == .url && $0.line == 2 })
    }

    @Test("Prose that talks about licences without naming one, and garbage, give nothing", arguments: [
        "We chose an open license for this dataset after discussing it with the team.",
        "The MIT researchers measured the flow of the river in 2019.",
        "Cette licence est libre et gratuite, elle facilite la réutilisation.",
        String(repeating: "\u{1}\u{FFFD}zq#@!", count: 500),
        "",
    ])
    func nothing(text: String) {
        #expect(LicenceDetector.findings(in: text).isEmpty)
    }
}
