import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation
/// `tabular.schema`: a table matches the data dictionary `deposit.yaml` gives it under `files: columns:`.
public struct TableSchemaCheck: Check {
    static let dictionary = ExampleMetadata.complete + """

        files:
          - path: data/a.csv
            columns:
              - { name: id, type: integer }
              - { name: site, type: text, values: [Poitiers, Rennes] }
              - { name: mass, type: number, unit: kg }
        """

    public static let description = CheckDescription(
        id: "tabular.schema",
        title: "Tables match their data dictionary",
        rationale: "A data dictionary tells reusers what each column means; it only helps when the columns, types and allowed values it states are those of the file.",
        principle: "R1.3",
        defaultSeverity: .error,
        needs: [.table],
        passing: [TableExamples.example(dictionary)],
        failing: [
            TableExamples.example(dictionary) { table in
                table.schemaIssues = [SchemaIssue(kind: .missingColumn(name: "mass"), count: 1, firstLine: 1, examples: [])]
            }.landing(at: .path("data/a.csv")),
            TableExamples.example(dictionary) { table in
                table.schemaIssues = [SchemaIssue(kind: .wrongType(column: "mass", expected: "number"), count: 3, firstLine: 4,
                                                  examples: ["lourd"])]
            }.landing(at: .path("data/a.csv")),
            TableExamples.example(dictionary.replacingOccurrences(of: "type: number", with: "type: float")).landing(at: .pointer("/files/0/columns/2/type")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        guard let metadata = deposit.metadata else { return [] }
        var problems: [Problem] = []
        for file in metadata.files {
            for column in file.value.columns?.value ?? [] {
                if let type = column.value.type, !ColumnDeclaration.knownTypes.contains(type.value.lowercased()) {
                    problems.append(.metadata(Messages.unknownType(type.value), fix: Messages.knownType, at: type.location))
                }
            }
            guard file.value.columns != nil, let written = file.value.path?.value,
                  let table = deposit.facts[DepositPath.normalised(written)]?.table else { continue }
            let path = DepositPath.normalised(written)
            for issue in table.schemaIssues {
                problems.append(Problem(message: Messages.issue(issue), fix: Messages.fix(issue.kind), path: path))
            }
        }
        return problems
    }

    enum Messages {
        static func unknownType(_ type: String) -> String { "The column type `\(type)` is not one fairpack knows." }
        static let knownType = "Use one of " + ColumnDeclaration.knownTypes.map { "`\($0)`" }.joined(separator: ", ") + "."
        static func issue(_ issue: SchemaIssue) -> String {
            let examples = TableExamples.quotable(issue.examples).prefix(3).map { "`\($0)`" }
            let shown = examples.isEmpty ? "" : " (" + examples.joined(separator: ", ") + ")"
            switch issue.kind {
            case .missingColumn(let name):
                return "The data dictionary declares a column `\(name)` that the header (line \(issue.firstLine)) lacks."
            case .extraColumn(let name, let position):
                return "Column \(position), `\(name)`, is not in the data dictionary."
            case .wrongType(let column, let expected):
                return "\(issue.count) cell\(issue.count > 1 ? "s" : "") of column `\(column)` \(issue.count > 1 ? "are" : "is") not of the declared type \(expected)\(shown), the first at line \(issue.firstLine)."
            case .valueNotAllowed(let column):
                return "\(issue.count) cell\(issue.count > 1 ? "s" : "") of column `\(column)` \(issue.count > 1 ? "are" : "is") not among its allowed values\(shown), the first at line \(issue.firstLine)."
            }
        }
        static func fix(_ kind: SchemaIssue.Kind) -> String {
            switch kind {
            case .missingColumn, .extraColumn: return "Make the `columns:` of deposit.yaml and the file's header list the same columns."
            case .wrongType, .valueNotAllowed: return "Correct the cells, or the column's `type:` or `values:` in deposit.yaml."
            }
        }
    }
}
