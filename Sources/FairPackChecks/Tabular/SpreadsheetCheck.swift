import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `format.spreadsheet`: spreadsheets are noticed, since Dataverse ingests them, and the old XLS format is not
/// a lasting one. Judged by the file's extension.
public struct SpreadsheetCheck: Check {
    public static let description = CheckDescription(
        id: "format.spreadsheet",
        title: "Spreadsheets are deposited knowingly",
        rationale: "Dataverse turns the first sheet of an XLSX file into a table and drops the rest (formulas, other sheets, formatting); XLS, a closed binary format, is not ingested at all and ages badly.",
        principle: "R1.3",
        defaultSeverity: .note,
        passing: [CheckExample(ExampleMetadata.complete, files: [TableExamples.file])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/mesures.xls", size: 9_000)]).landing(at: .path("data/mesures.xls")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/mesures.xlsx", size: 9_000)]).landing(at: .path("data/mesures.xlsx")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            switch file.name.split(separator: ".").last?.lowercased() {
            case "xls": return Problem(message: Messages.xls, fix: Messages.toCSV, path: file.path)
            case "xlsx": return Problem(message: Messages.xlsx, fix: Messages.oneSheet, path: file.path)
            default: return nil
            }
        }
    }

    enum Messages {
        static let xls = "This is an old binary Excel file (XLS), which Dataverse does not ingest as a table."
        static let toCSV = "Save each sheet as CSV (UTF-8), or the workbook as XLSX, and deposit that instead."
        static let xlsx = "Dataverse ingests this Excel file: only its first sheet becomes a table, without formulas or formatting."
        static let oneSheet = "Keep one table per file, or deposit each sheet as CSV (UTF-8) beside it."
    }
}
