import FairPackBase
import FairPackDeposit
import FairPackFormats
import FairPackInspection
import FairPackLicences

/// Infers a ``DepositDraft`` from a deposit's files for `fairpack init`, in the one read:
/// the PDF, licence and identification inspectors, plus the first bytes of the README and
/// the citation files.
public enum DepositInference {
    /// The kinds of facts the inference reads.
    static let needs: Set<FactKind> = [.pdf, .licences, .format]

    /// Reads `deposit`'s files once and returns what they tell.
    public static func draft(for deposit: Deposit) -> DepositDraft {
        let texts = ProjectTexts()
        let factories = InspectorChoice.factories(for: needs, in: deposit) + [ProjectTextInspectorFactory(texts: texts)]
        let facts = FileReader(factories: factories).inspect(deposit)
        return draft(files: deposit.inventory.files.map(\.path).sorted(), facts: facts, texts: texts)
    }

    static func draft(files: [String], facts: [String: FileFacts], texts: ProjectTexts) -> DepositDraft {
        var draft = DepositDraft()
        if let readme = texts.paths.first(where: LicenceFacts.isRootReadmeOnly), let text = texts.text(of: readme) {
            let reading = ReadmeReading(text)
            draft.title = reading.title
            draft.titleSource = reading.title == nil ? nil : readme
            draft.language = reading.language
        }
        (draft.licence, draft.licenceSource) = licence(files: files, facts: facts)
        for name in ProjectTexts.citationFiles {
            guard let text = texts.text(of: name) else { continue }
            let authors = CitationReading.authors(in: text, fileName: name)
            if draft.authors.isEmpty, !authors.isEmpty {
                draft.authors = authors
                draft.authorsSource = name
            }
            let work = CitationReading.work(in: text, fileName: name)
            if draft.title == nil, let title = work.title {
                draft.title = title
                draft.titleSource = name
            }
            if draft.description == nil, draft.keywords.isEmpty, work.description != nil || !work.keywords.isEmpty {
                draft.description = work.description
                draft.keywords = work.keywords
                draft.workSource = name
            }
            if draft.licence == nil, let licence = work.licence.flatMap(spdx) {
                draft.licence = licence
                draft.licenceSource = name
            }
        }
        for path in files {
            let fileFacts = facts[path]
            if isPDF(path, fileFacts) {
                draft.deliverables.append(DepositDraft.Deliverable(path: path, title: title(of: fileFacts?.pdf)))
            } else if isDMP(path) {
                if draft.dmp == nil { draft.dmp = path }
            } else if isData(path, fileFacts) {
                draft.dataFiles.append(path)
            }
        }
        return draft
    }

    /// The licence of the root licence files first (the strongest statement), then the root README's.
    static func licence(files: [String], facts: [String: FileFacts]) -> (String?, String?) {
        let sources = files.filter(LicenceFacts.isRootLicenceFile) + files.filter(LicenceFacts.isRootReadmeOnly)
        for path in sources {
            if let statement = facts[path]?.licences?.primary { return (statement.spdx, path) }
        }
        return (nil, nil)
    }

    /// The SPDX id a citation file's licence means: an id, a name, or a licence page's URL
    /// (`https://spdx.org/licenses/MIT`).
    static func spdx(_ written: String) -> String? {
        var name = written
        if name.contains("://"), let last = name.split(separator: "/").last {
            name = String(last)
            for suffix in [".html", ".json"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        }
        guard let suggestion = LicenceNameResolver.suggestion(for: name), suggestion.confidence >= 0.8 else { return nil }
        return suggestion.licenceId
    }

    /// A PDF's own title, when it has one that says something (not a file name or "untitled").
    static func title(of pdf: PDFFacts?) -> String? {
        guard let raw = pdf?.title else { return nil }
        let title = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let lowered = title.lowercased()
        guard !title.isEmpty, !["untitled", "sans titre", "microsoft word"].contains(where: lowered.hasPrefix),
              !lowered.hasSuffix(".docx"), !lowered.hasSuffix(".doc"), !lowered.hasSuffix(".pdf"),
              !lowered.hasSuffix(".odt"), !lowered.hasSuffix(".tex") else { return nil }
        return title
    }

    static func isPDF(_ path: String, _ facts: FileFacts?) -> Bool {
        if let format = facts?.format { return format.format == FileFormat.pdf.rawValue }
        return path.lowercased().hasSuffix(".pdf")
    }

    /// A JSON file named after a data management plan (`madmp.json`, `dmp/plan.json`).
    static func isDMP(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".json") && lowered.split(separator: "/").contains { $0.contains("dmp") }
    }

    /// Files that describe the deposit rather than hold its data.
    static let metadataFiles: Set<String> = [
        DepositMetadata.fileName, ExistingCrate.fileName, "CITATION.cff", "codemeta.json", ".zenodo.json",
        "package.json", "package-lock.json",
    ]

    /// Spreadsheets count as data, though identification files them as documents.
    static let spreadsheets: Set<FileFormat> = [.xlsx, .xlsm, .xls, .ods]

    /// Extensions of data files, for files whose content was not identified.
    static let dataExtensions: Set<String> = [
        "csv", "tsv", "tab", "json", "jsonld", "geojson", "xml", "xlsx", "xls", "ods", "parquet", "sqlite", "gpkg",
        "nc", "h5", "hdf5", "fits", "mat", "npy", "rdata", "rds", "sav", "dta", "sas7bdat", "shp", "dbf",
    ]

    /// Tables, structured data and scientific formats, judged from the content when it was
    /// identified, else from the extension.
    static func isData(_ path: String, _ facts: FileFacts?) -> Bool {
        guard !metadataFiles.contains(path) else { return false }
        if let identified = facts?.format, let format = FileFormat(rawValue: identified.format), format != .unknown {
            return format.kind == .data || spreadsheets.contains(format)
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return dataExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
