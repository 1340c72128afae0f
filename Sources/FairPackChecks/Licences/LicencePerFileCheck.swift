import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackLicences

/// `licence.per-file`: licences given to single files (`files:`, `deliverables:`) are SPDX ids
/// and may sit inside the deposit's licence. Code may keep a software licence beside an open
/// data licence; a software licence on a data or document file (CSV, PDF, images…) is a warning,
/// since its terms speak of software, not of data.
public struct LicencePerFileCheck: Check {
    public static let description = CheckDescription(
        id: "licence.per-file",
        title: "Per-file licences are valid and compatible with the deposit's",
        rationale: "A file under stricter terms (share-alike, non-commercial, no derivatives) cannot be reused as the deposit's licence promises; code may keep its software licence.",
        principle: "R1.1",
        defaultSeverity: .error,
        passing: [
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: etalab-2.0 }]"),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: code/run.py, licence: MIT }, { path: code/lib.R, licence: GPL-3.0-only }]"),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-SA-4.0") + "\nfiles: [{ path: data/a.csv, licence: CC-BY-4.0 }]"),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: CC-BY-NC-4.0 }]").landing(at: .pointer("/files/0/licence")),
            CheckExample(ExampleMetadata.replacing("licence", with: "licence: CC-BY-4.0") + "\nfiles: [{ path: data/a.csv, licence: CC-BY-SA-4.0 }]")
                .landing(at: .pointer("/files/0/licence")),
            CheckExample(ExampleMetadata.complete + "\ndeliverables: [{ path: docs/r.pdf, licence: CC-BY-ND-4.0 }]").landing(at: .pointer("/deliverables/0/licence")),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: CC BY 4.0 }]").landing(at: .pointer("/files/0/licence")),
            CheckExample(ExampleMetadata.complete + "\nfiles: [{ path: data/a.csv, licence: MIT }]").landing(at: .pointer("/files/0/licence")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        let overrides = metadata.files.compactMap { entry in entry.value.licence.map { ($0, entry.value.path?.value) } }
            + metadata.deliverables.compactMap { entry in entry.value.licence.map { ($0, entry.value.path?.value) } }
        let depositLicence = LicenceEvidence.depositLicence(deposit)
        return overrides.compactMap { licence, path in
            problem(licence, path: path ?? "a file", deposit: depositLicence)
        }
    }

    private func problem(_ licence: Located<String>, path: String, deposit: Licence?) -> Problem? {
        let value = licence.value.trimmingCharacters(in: .whitespaces)
        guard SPDXLicence.named(value) != nil || LicenceCatalogue.licence(id: value) != nil else {
            let suggestion = LicenceNameResolver.suggestion(for: value)?.licenceId
            return .metadata(Messages.notId(value, path), fix: Messages.useId(suggestion), at: licence.location)
        }
        guard let deposit else { return nil }
        switch LicenceCompatibility.check(file: value, inDeposit: deposit.id) {
        case .compatible:
            guard let software = LicenceCatalogue.licence(id: value), software.isSoftwareLicence, !deposit.isSoftwareLicence,
                  Self.isDataOrDocument(path) else { return nil }
            var problem = Problem.metadata(Messages.softwareOnData(path, software.id), fix: Messages.useDataLicence(path, deposit.id),
                                           at: licence.location)
            problem.severity = .warning
            return problem
        case .incompatible(let reason):
            return .metadata(Messages.incompatible(path, value, deposit.id, reason), fix: Messages.resolve(path, deposit.id),
                             at: licence.location)
        case .unknown(let reason):
            var problem = Problem.metadata(Messages.unknown(path, value, reason), fix: Messages.checkByHand, at: licence.location)
            problem.severity = .note
            return problem
        }
    }

    /// Extensions of data and document files, which a software licence does not fit.
    static let dataExtensions: Set<String> = [
        "csv", "tsv", "tab", "xlsx", "xls", "ods", "json", "jsonld", "geojson", "xml", "parquet", "nc", "h5", "hdf5",
        "sav", "dta", "rdata", "rda", "rds", "sqlite", "db", "shp", "gpkg", "pdf", "docx", "doc", "odt", "txt", "md",
        "html", "epub", "tif", "tiff", "png", "jpg", "jpeg", "svg", "mp3", "wav", "flac", "mp4", "mkv", "webm",
    ]

    /// Whether `path` names a data or document file by its extension (code and folders do not).
    static func isDataOrDocument(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return dataExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    enum Messages {
        static func notId(_ value: String, _ path: String) -> String { "The licence \"\(value)\" of \(path) is not an SPDX id." }
        static func useId(_ id: String?) -> String {
            id.map { "Write the SPDX id `\($0)`." } ?? "Write the licence's SPDX id (https://spdx.org/licenses/)."
        }
        static func incompatible(_ path: String, _ file: String, _ deposit: String, _ reason: String) -> String {
            "\(path) is under \(file) inside a deposit under \(deposit): \(reason)"
        }
        static func resolve(_ path: String, _ deposit: String) -> String {
            "Publish \(path) under \(deposit) (or a licence no stricter), or deposit it separately under its own licence."
        }
        static func unknown(_ path: String, _ file: String, _ reason: String) -> String {
            "The licence \(file) of \(path) cannot be compared with the deposit's: \(reason)"
        }
        static func softwareOnData(_ path: String, _ licence: String) -> String {
            "\(path) is a data or document file under \(licence), a software licence whose terms do not speak of data."
        }
        static func useDataLicence(_ path: String, _ deposit: String) -> String {
            "Publish \(path) under \(deposit) like the rest of the data; keep software licences for code files."
        }
        static let checkByHand = "Read both licences' terms and make sure the file may be reused as the deposit's licence promises."
    }
}
