import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.ragged-rows`: every row of a table has as many cells as its header.
public struct RaggedRowsCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.ragged-rows",
        title: "Rows have as many cells as the header",
        rationale: "A row with more or fewer cells than the header shifts its values into the wrong columns, or stops ingest altogether.",
        principle: "I1",
        defaultSeverity: .error,
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { table in
                table.raggedRows = [.init(line: 4, cells: 4), .init(line: 9, cells: 2)]
                table.raggedRowCount = 2
            }.landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        TableExamples.tables(deposit).compactMap { path, table in
            guard table.raggedRowCount > 0, table.unreadableReason == nil else { return nil }
            let shown = table.raggedRows.prefix(3).map { "line \($0.line) (\($0.cells))" }
            return Problem(message: Messages.ragged(table.raggedRowCount, header: table.header.count, first: Array(shown)),
                           fix: Messages.fix, path: path)
        }
    }

    enum Messages {
        static func ragged(_ count: Int, header: Int, first: [String]) -> String {
            "\(count) row\(count > 1 ? "s have" : " has") another number of cells than the header's \(header): \(TableExamples.list(first))\(count > first.count ? ", …" : "")."
        }
        static let fix = "Quote cells that hold the delimiter, and add or remove cells so that every row matches the header."
    }
}
