import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `tabular.quoting`: every quote that opens a cell closes it.
public struct QuotingCheck: Check {
    public static let description = CheckDescription(
        id: "tabular.quoting",
        title: "Quotes in tables are closed",
        rationale: "A quote that never closes swallows the rest of the file into one cell; quotes in the middle of a cell are read differently by different tools.",
        principle: "I1",
        defaultSeverity: .error,
        needs: [.table],
        passing: [TableExamples.example()],
        failing: [
            TableExamples.example { $0.unterminatedQuote = TextPlace(line: 7, column: 12) }.landing(at: .path("data/a.csv")),
            TableExamples.example { table in
                table.strayQuoteCount = 2
                table.firstStrayQuote = TextPlace(line: 3, column: 9)
            }.landing(at: .path("data/a.csv")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        var problems: [Problem] = []
        for (path, table) in TableExamples.tables(deposit) {
            if let place = table.unterminatedQuote {
                problems.append(Problem(message: Messages.unterminated(place), fix: Messages.close, path: path))
            } else if let place = table.firstStrayQuote {
                var problem = Problem(message: Messages.stray(table.strayQuoteCount, place), fix: Messages.double, path: path)
                problem.severity = .warning
                problems.append(problem)
            }
        }
        return problems
    }

    enum Messages {
        static func unterminated(_ place: TextPlace) -> String {
            "The quote at \(place) never closes: the rest of the file reads as one cell."
        }
        static let close = "Close the quote, or double the quote characters that belong to the text (`\"\"`)."
        static func stray(_ count: Int, _ place: TextPlace) -> String {
            "\(count) quote\(count > 1 ? "s stand" : " stands") inside a cell, the first at \(place)."
        }
        static let double = "Quote the whole cell and double the quotes inside it (`\"a \"\"b\"\" c\"`)."
    }
}
