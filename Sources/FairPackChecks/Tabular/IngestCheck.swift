import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.ingest`: a note on each file Dataverse will ingest into a `.tab` table, saying what changes.
public struct IngestCheck: Check {
    /// Extensions of the files Dataverse ingests.
    static let ingested: Set<String> = ["csv", "tsv", "tab", "xlsx", "sav", "dta", "por", "rdata"]

    public static let description = CheckDescription(
        id: "tabular.ingest",
        title: "Ingested tables change in the repository",
        rationale: "Dataverse turns CSV, TSV, XLSX, SPSS, Stata and R data files into tab-separated `.tab` files: the file a reuser downloads first is not the one deposited, its checksum differs, and variables get summary statistics.",
        principle: "R1.3",
        defaultSeverity: .note,
        passing: [CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "docs/notice.pdf", size: 2_000)])],
        failing: [CheckExample(ExampleMetadata.complete, files: [TableExamples.file]).landing(at: .path("data/a.csv"))])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            // An empty file is `files.empty`'s: Dataverse has nothing to ingest.
            guard file.size > 0, let ext = file.name.split(separator: ".").last?.lowercased(), file.name.contains("."),
                  Self.ingested.contains(ext) else { return nil }
            let table = deposit.facts[file.path]?.table
            return Problem(message: Messages.ingested(variables: table?.header.count, delimiter: table?.delimiter),
                           fix: Messages.fix, path: file.path)
        }
    }

    enum Messages {
        static func ingested(variables: Int?, delimiter: String?) -> String {
            let count = variables.map { " with \($0) variable\($0 > 1 ? "s" : "")" } ?? ""
            let semicolon = delimiter == ";" ? " Dataverse reads CSV with commas only, so this `;` table may not be ingested." : ""
            return "Dataverse will ingest this file into a `.tab` table\(count): the downloaded file and its checksum will differ from the original.\(semicolon)"
        }
        static let fix = "Nothing to do if that suits you; otherwise ask the repository to skip ingest, and cite the original file's checksum."
    }
}
