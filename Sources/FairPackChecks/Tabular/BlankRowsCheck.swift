import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.blank-rows`: a table has no blank rows between or after its data.
public struct BlankRowsCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.blank-rows",
        title: "Tables have no blank rows",
        rationale: "Blank rows become rows of missing values for every variable once the table is ingested, and often mark a second table pasted below the first.",
        principle: "I1",
        defaultSeverity: .warning,
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { table in
                table.blankRowLines = [6]
                table.blankRowCount = 1
            }.landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        TableExamples.tables(deposit).compactMap { path, table in
            guard table.blankRowCount > 0 else { return nil }
            let lines = table.blankRowLines.prefix(5).map(String.init)
            return Problem(message: Messages.blank(table.blankRowCount, Array(lines)), fix: Messages.remove, path: path)
        }
    }

    enum Messages {
        static func blank(_ count: Int, _ lines: [String]) -> String {
            "\(count) blank row\(count > 1 ? "s" : ""), at line\(lines.count > 1 ? "s" : "") \(TableExamples.list(lines))\(count > lines.count ? ", …" : "")."
        }
        static let remove = "Delete the blank rows; put a second table in a file of its own."
    }
}
