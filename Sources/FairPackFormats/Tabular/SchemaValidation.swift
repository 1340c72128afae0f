/// Checks cells against a ``TableSchema`` while the table streams, keeping a count and a few examples per problem.
struct SchemaValidation: Sendable {
    private let schema: TableSchema
    private let allowed: [Set<String>?]
    /// For each table position (0-based), the index of its declared column.
    private var mapping: [Int?] = []
    private var columnProblems: [SchemaProblem] = []
    private var cellProblems: [SchemaProblem.Kind: SchemaProblem] = [:]
    private var order: [SchemaProblem.Kind] = []

    init(schema: TableSchema) {
        self.schema = schema
        allowed = schema.columns.map { column in column.allowedValues.map { Set($0) } }
    }

    /// Matches the header against the declared columns.
    mutating func header(_ names: [String], line: Int) {
        let trimmed = names.map(Self.trim)
        var positions: [String: Int] = [:]
        for (position, name) in trimmed.enumerated() where positions[name] == nil { positions[name] = position }
        mapping = [Int?](repeating: nil, count: names.count)
        for (index, column) in schema.columns.enumerated() {
            if let position = positions[Self.trim(column.name)] {
                mapping[position] = index
            } else {
                columnProblems.append(SchemaProblem(kind: .missingColumn(name: column.name), count: 1, firstLine: line, examples: []))
            }
        }
        for (position, name) in names.enumerated() where mapping[position] == nil {
            columnProblems.append(
                SchemaProblem(kind: .extraColumn(name: name, position: position + 1), count: 1, firstLine: line, examples: []))
        }
    }

    /// Checks one non-empty cell at a 0-based position; `bytes` are the cell trimmed of spaces.
    mutating func check(position: Int, valueClass: ValueClass, bytes: ArraySlice<UInt8>, line: Int) {
        guard position < mapping.count, let index = mapping[position] else { return }
        let column = schema.columns[index]
        if !column.type.accepts(valueClass, bytes: bytes) {
            record(.wrongType(column: column.name, expected: column.type), bytes: bytes, line: line)
        }
        if let values = allowed[index], !values.contains(TextDecoding.string(bytes)) {
            record(.valueNotAllowed(column: column.name), bytes: bytes, line: line)
        }
    }

    private mutating func record(_ kind: SchemaProblem.Kind, bytes: ArraySlice<UInt8>, line: Int) {
        if cellProblems[kind] == nil {
            cellProblems[kind] = SchemaProblem(kind: kind, count: 0, firstLine: line, examples: [])
            order.append(kind)
        }
        cellProblems[kind]?.count += 1
        if let count = cellProblems[kind]?.examples.count, count < ColumnStatistics.exampleLimit {
            cellProblems[kind]?.examples.append(String(TextDecoding.string(bytes.prefix(160)).prefix(40)))
        }
    }

    /// Column problems first, then cell problems in the order they were first met.
    var problems: [SchemaProblem] { columnProblems + order.compactMap { cellProblems[$0] } }

    private static func trim(_ name: String) -> String {
        var scalars = Substring(name)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
