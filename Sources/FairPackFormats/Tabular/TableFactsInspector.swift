import FairPackDeposit
import FairPackInspection

/// Makes a table inspector for each CSV or TSV file (by extension), and for each `.txt` or `.dat` file whose
/// first bytes are a delimited table. The data dictionaries `deposit.yaml` declares are given up front, so
/// rows are checked against them as they stream.
public struct TableInspectorFactory: InspectorFactory {
    private let schemas: [String: TableSchema]

    /// Creates the factory from the deposit's metadata (its `files: columns:`).
    public init(metadata: DepositMetadata?) {
        var schemas: [String: TableSchema] = [:]
        for file in metadata?.files ?? [] {
            guard let path = file.value.path?.value, let columns = file.value.columns?.value, !columns.isEmpty else { continue }
            schemas[DepositPath.normalised(path)] = TableSchema(columns: columns.compactMap { declared in
                guard let name = declared.value.name?.value else { return nil }
                return TableSchema.Column(
                    name: name, type: declared.value.type.flatMap { TableSchema.DeclaredType(rawValue: $0.value.lowercased()) } ?? .text,
                    description: declared.value.description?.value, unit: declared.value.unit?.value,
                    allowedValues: declared.value.values.map { $0.value.map(\.value) })
            })
        }
        self.schemas = schemas
    }

    /// Tables.
    public var provides: FactKind { .table }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        let ext = TextFiles.fileExtension(of: entry)
        if TextFiles.tableExtensions.contains(ext) {
            let delimiter: TableDelimiter? = ext == "tsv" || ext == "tab" ? .tab : nil
            return TableFactsInspector(path: entry.path, engine: TableInspector(schema: schemas[entry.path], delimiter: delimiter),
                                       sniffFirst: false)
        }
        if TextFiles.maybeTableExtensions.contains(ext) {
            return TableFactsInspector(path: entry.path, engine: TableInspector(schema: schemas[entry.path]), sniffFirst: true)
        }
        return nil
    }
}

/// Reads a table; for a file that may or may not be one, decides from the first chunk.
struct TableFactsInspector: Inspector {
    let path: String
    var engine: TableInspector
    var sniffFirst: Bool
    private var isTable = true

    init(path: String, engine: TableInspector, sniffFirst: Bool) {
        self.path = path
        self.engine = engine
        self.sniffFirst = sniffFirst
    }

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard isTable else { return false }
        if sniffFirst {
            sniffFirst = false
            // Binary content is told by one scan for a zero byte; only text is decoded and sniffed.
            if TextFiles.looksBinary(chunk)
                || DelimitedText.identify(TextDecoding.string(chunk.prefix(16_384)), complete: chunk.count < 16_384,
                                          fileExtension: "txt") == nil {
                isTable = false
                return false
            }
        }
        return engine.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        guard isTable else { return }
        let report = engine.finish()
        var table = TableFacts(encoding: report.encoding.facts(path: path), delimiter: report.delimiter.description,
                               delimiterWasDetected: report.delimiterWasDetected,
                               delimiterConsistency: report.delimiterConsistency, header: report.header,
                               headerLine: report.headerLine)
        for problem in report.headerProblems {
            switch problem {
            case .missingHeader: table.missingHeader = true
            case .blankName(let position): table.blankNames.append(position)
            case .duplicateName(let name, let positions):
                table.duplicateNames.append(TableFacts.DuplicateName(name: name, positions: positions))
            }
        }
        table.dataRowCount = report.dataRowCount
        table.raggedRows = report.raggedRows.map { TableFacts.RaggedLine(line: $0.line, cells: $0.cellCount) }
        table.raggedRowCount = report.raggedRowCount
        table.blankRowLines = report.blankRowLines
        table.blankRowCount = report.blankRowCount
        table.unterminatedQuote = report.unterminatedQuote.map { TextPlace(line: $0.line, column: $0.column) }
        table.strayQuoteCount = report.strayQuotes?.count ?? 0
        table.firstStrayQuote = report.strayQuotes.map { TextPlace(line: $0.first.line, column: $0.first.column) }
        table.columns = report.columns.map { profile in
            var column = ColumnFacts(position: profile.position, name: profile.name, type: profile.type.rawValue)
            if let strays = profile.strays {
                column.strayCount = strays.count
                column.strayFirstLine = strays.firstLine
                column.strayExamples = strays.examples
            }
            return column
        }
        table.schemaIssues = report.schemaProblems.map { problem in
            let kind: SchemaIssue.Kind
            switch problem.kind {
            case .missingColumn(let name): kind = .missingColumn(name: name)
            case .extraColumn(let name, let position): kind = .extraColumn(name: name, position: position)
            case .wrongType(let column, let expected): kind = .wrongType(column: column, expected: expected.rawValue)
            case .valueNotAllowed(let column): kind = .valueNotAllowed(column: column)
            }
            return SchemaIssue(kind: kind, count: problem.count, firstLine: problem.firstLine, examples: problem.examples)
        }
        table.nameColumns = NameColumns.hits(in: report.header, line: report.headerLine).map {
            TableFacts.NamedColumn(position: $0.position.column, name: $0.maskedValue)
        }
        table.unreadableReason = report.unreadableReason?.rawValue
        facts.table = table
    }
}
