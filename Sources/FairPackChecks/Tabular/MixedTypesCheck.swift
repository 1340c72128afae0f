import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.mixed-types`: a column of numbers holds only numbers.
public struct MixedTypesCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.mixed-types",
        title: "Number columns hold only numbers",
        rationale: "One `n/a` or `12,5` among `12.5` makes the whole column text for ingest and for most tools, and hides how missing values are coded.",
        principle: "I1",
        defaultSeverity: .note,
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { table in
                table.columns[2].strayCount = 2
                table.columns[2].strayFirstLine = 5
                table.columns[2].strayExamples = ["n/a", "12,5"]
            }.landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var problems: [Problem] = []
        for (path, table) in TableExamples.tables(deposit) {
            for column in table.columns where column.isNumeric && column.strayCount > 0 {
                problems.append(Problem(
                    message: Messages.mixed(column, TableExamples.quotable(column.strayExamples)), fix: Messages.fix, path: path))
            }
        }
        return problems
    }

    enum Messages {
        static func mixed(_ column: ColumnFacts, _ examples: [String]) -> String {
            let shown = examples.isEmpty ? "" : " (" + examples.prefix(3).map { "`\($0)`" }.joined(separator: ", ") + ")"
            let name = column.name.isEmpty ? "\(column.position)" : "`\(column.name)`"
            return "Column \(name) holds numbers but \(column.strayCount) cell\(column.strayCount > 1 ? "s are" : " is") not one\(shown), the first at line \(column.strayFirstLine)."
        }
        static let fix = "Leave missing values empty (or use one documented code), and write every number the same way."
    }
}
