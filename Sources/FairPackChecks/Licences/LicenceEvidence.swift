import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackLicences

/// What the licence checks share: the deposit's licence, its licence files and READMEs, and
/// the licences they state.
enum LicenceEvidence {
    /// The catalogue entry for the licence deposit.yaml names, when it names a known one: by id,
    /// or by a name the resolver reads with confidence ("Licence Ouverte 2.0"; `metadata.licence`
    /// asks for the id, the licence checks still compare what was meant).
    static func depositLicence(_ deposit: InspectedDeposit) -> Licence? {
        guard let value = deposit.metadata?.licence?.value.trimmingCharacters(in: .whitespaces) else { return nil }
        if let licence = LicenceCatalogue.licence(id: value) { return licence }
        guard let suggestion = LicenceNameResolver.suggestion(for: value), suggestion.confidence >= 0.9 else { return nil }
        return LicenceCatalogue.licence(id: suggestion.licenceId)
    }

    /// The licence files at the deposit's root, by path.
    static func rootLicenceFiles(_ deposit: InspectedDeposit) -> [String] {
        deposit.inventory.files.map(\.path).filter(LicenceFacts.isRootLicenceFile).sorted()
    }

    /// The licence files at any depth, by path.
    static func licenceFiles(_ deposit: InspectedDeposit) -> [String] {
        deposit.inventory.files.map(\.path).filter(LicenceFacts.isLicenceFile).sorted()
    }

    /// The READMEs at the deposit's root, by path.
    static func readmes(_ deposit: InspectedDeposit) -> [String] {
        deposit.inventory.files.map(\.path).filter(LicenceFacts.isRootReadmeOnly).sorted()
    }

    /// The statements read from `path` (none when it was not read or states nothing).
    static func statements(_ deposit: InspectedDeposit, _ path: String) -> [LicenceStatement] {
        deposit.facts[path]?.licences?.statements ?? []
    }

    /// Whether `statement` names `licence` (altered texts never do).
    static func states(_ statement: LicenceStatement, _ licence: Licence) -> Bool {
        !statement.isAltered && statement.spdx.lowercased() == licence.id.lowercased()
    }

    /// A similarity as a whole percentage.
    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }

    /// Facts for an example: `path` read with these statements.
    static func facts(_ path: String, _ statements: [LicenceStatement]) -> FileFacts {
        var facts = FileFacts(path: path)
        facts.licences = LicenceFacts(statements: statements)
        return facts
    }

    /// Facts for an example README naming the producer and the date of last update at these lines.
    static func readmeFacts(_ path: String, producerLine: Int?, updateLine: Int?) -> FileFacts {
        var facts = FileFacts(path: path)
        facts.licences = LicenceFacts(statements: [], producerLine: producerLine, updateLine: updateLine)
        return facts
    }

    /// An example's licence file entry.
    static func file(_ path: String) -> FileEntry { FileEntry(path: path, size: 2_000) }

    /// The full French text of Etalab 2.0, as an example fact.
    static let etalabText = LicenceStatement(spdx: "etalab-2.0", kind: .fullText, confidence: 0.99, line: 1)
    /// A README notice of Etalab 2.0, as an example fact.
    static let etalabNotice = LicenceStatement(spdx: "etalab-2.0", kind: .notice, confidence: 0.9, line: 40)
    /// A README link to the Etalab 2.0 page, as an example fact.
    static let etalabURL = LicenceStatement(spdx: "etalab-2.0", kind: .url, confidence: 1, line: 41)
    /// The CC-BY-4.0 text, as an example fact.
    static let ccByText = LicenceStatement(spdx: "CC-BY-4.0", kind: .fullText, confidence: 0.98, line: 1)
}
