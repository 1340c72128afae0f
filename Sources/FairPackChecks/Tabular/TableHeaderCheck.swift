import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.header`: each table has a header row, with a distinct name for every column.
public struct TableHeaderCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.header",
        title: "Tables have a header with a distinct name per column",
        rationale: "Column names are what reusers and repositories (Dataverse variables) know the data by; a missing, blank or repeated name loses or confuses a variable.",
        principle: "R1",
        defaultSeverity: .error,
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { $0.missingHeader = true }.landing(at: .path("data/a.csv")),
            TableExamples.example { $0.blankNames = [2] }.landing(at: .path("data/a.csv")),
            TableExamples.example { $0.duplicateNames = [.init(name: "mass", positions: [3, 4])] }.landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var problems: [Problem] = []
        for (path, table) in TableExamples.tables(deposit) where table.unreadableReason == nil {
            if table.missingHeader {
                problems.append(Problem(message: Messages.missing(table.headerLine), fix: Messages.addHeader, path: path))
            }
            if !table.blankNames.isEmpty {
                problems.append(Problem(message: Messages.blank(table.blankNames, line: table.headerLine), fix: Messages.name, path: path))
            }
            for duplicate in table.duplicateNames {
                problems.append(Problem(message: Messages.duplicate(duplicate.name, duplicate.positions, line: table.headerLine),
                                        fix: Messages.rename, path: path))
            }
        }
        return problems
    }

    enum Messages {
        static func missing(_ line: Int) -> String { "The first row (line \(line)) holds data, not column names." }
        static let addHeader = "Add a first row naming each column."
        static func blank(_ positions: [Int], line: Int) -> String {
            "Column\(positions.count > 1 ? "s" : "") \(TableExamples.list(positions.map(String.init))) of the header (line \(line)) \(positions.count > 1 ? "have" : "has") no name."
        }
        static let name = "Give every column a short, unique name."
        static func duplicate(_ name: String, _ positions: [Int], line: Int) -> String {
            "Columns \(TableExamples.list(positions.map(String.init))) of the header (line \(line)) are all named `\(name)`."
        }
        static let rename = "Rename the columns so that each name is unique."
    }
}
