import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.delimiter`: each table's delimiter is found, and splits its rows the same way.
public struct TableDelimiterCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.delimiter",
        title: "Tables have one clear delimiter",
        rationale: "A table whose delimiter cannot be found, or splits rows into varying numbers of cells, is read as one column or as garbage by repositories and tools.",
        principle: "I1",
        defaultSeverity: .warning,
        parameters: [Self.minimumConsistencyParameter.declaration],
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { table in
                table.delimiterWasDetected = false
                table.header = ["id site mass"]
            }.landing(at: .path("data/a.csv")),
            TableExamples.example { $0.delimiterConsistency = 0.4 }.landing(at: .path("data/a.csv")),
        ])

    /// The `min-consistency` parameter.
    static let minimumConsistencyParameter = Parameter<Int>(
        "min-consistency", "The share of rows, in percent, that must have the most common number of cells; below it the delimiter is likely wrong (fewer stray rows are left to tabular.ragged-rows).",
        default: 50, minimum: 0)

    let minimumConsistency: Int

    public init(settings: CheckSettings) {
        minimumConsistency = settings[Self.minimumConsistencyParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        TableExamples.tables(deposit).compactMap { path, table in
            guard table.unreadableReason == nil, !table.header.isEmpty else { return nil }
            if !table.delimiterWasDetected, table.header.count < 2, table.dataRowCount > 0 {
                return Problem(message: Messages.notFound, fix: Messages.useComma, path: path)
            }
            let percent = Int((table.delimiterConsistency * 100).rounded())
            if percent < minimumConsistency {
                return Problem(message: Messages.inconsistent(table.delimiter, percent), fix: Messages.checkDelimiter, path: path)
            }
            return nil
        }
    }

    enum Messages {
        static let notFound = "No delimiter (`,` `;` TAB `|`) splits this table's rows: it reads as a single column."
        static let useComma = "Export the table again as CSV with commas (or TSV), quoting cells that hold the delimiter."
        static func inconsistent(_ delimiter: String, _ percent: Int) -> String {
            "The delimiter `\(delimiter)` splits only \(percent) % of the rows into the usual number of cells."
        }
        static let checkDelimiter = "Check that cells holding the delimiter are quoted, and that one delimiter is used throughout."
    }
}
