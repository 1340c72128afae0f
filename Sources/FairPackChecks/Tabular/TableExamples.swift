import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Tables the tabular checks' examples are built from.
enum TableExamples {
    /// The file of every example.
    static let file = FileEntry(path: "data/a.csv", size: 2_000)

    /// UTF-8 text, no byte order mark.
    static let utf8 = EncodingFacts(encoding: "UTF-8", isValidUTF8: true)

    /// A clean table `id,site,mass` of 10 rows, changed by `change`.
    static func table(_ change: (inout TableFacts) -> Void = { _ in }) -> FileFacts {
        var table = TableFacts(encoding: utf8, delimiter: ",", delimiterWasDetected: true, delimiterConsistency: 1,
                               header: ["id", "site", "mass"], headerLine: 1)
        table.dataRowCount = 10
        table.columns = [ColumnFacts(position: 1, name: "id", type: "integer"),
                         ColumnFacts(position: 2, name: "site", type: "text"),
                         ColumnFacts(position: 3, name: "mass", type: "number")]
        change(&table)
        var facts = FileFacts(path: file.path)
        facts.table = table
        return facts
    }

    /// An example with one table.
    static func example(_ metadata: String = ExampleMetadata.complete, _ change: (inout TableFacts) -> Void = { _ in }) -> CheckExample {
        CheckExample(metadata, files: [file], facts: [table(change)])
    }

    /// Every table of the deposit, with its path.
    static func tables(_ deposit: InspectedDeposit) -> [(path: String, table: TableFacts)] {
        deposit.inventory.files.compactMap { file in
            deposit.facts[file.path]?.table.map { (file.path, $0) }
        }
    }

    /// Cells safe to quote in a report: short, without `@` and without long runs of digits, since a cell
    /// may hold personal data.
    static func quotable(_ cells: [String]) -> [String] {
        cells.filter { cell in
            cell.count <= 20 && !cell.contains("@") && cell.filter(\.isNumber).count < 6
        }
    }

    /// `3, 7 and 12`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
