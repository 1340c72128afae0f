/// Inspects a CSV or TSV file in one streaming pass: delimiter, header, the cells of every row, blank rows,
/// quoting (RFC 4180: quoted delimiters, doubled quotes, newlines inside quotes), column types, and the encoding.
///
/// Memory stays bounded whatever the file size: counts, a histogram and the first few examples of each problem.
/// Bytes that are not UTF-8 are read as Windows-1252 (so a Latin-1 table still parses), and the report says so.
/// Line numbers are physical lines (a quoted newline starts a new one), 1-based.
public struct TableInspector: Sendable {
    /// Bounds on what the inspector keeps.
    public struct Limits: Sendable, Equatable {
        /// Bytes read before choosing the delimiter.
        public var sampleBytes: Int
        /// Examples kept per kind of problem (ragged rows, blank rows).
        public var reportedRows: Int
        /// Columns profiled (later columns are counted in rows but not profiled).
        public var profiledColumns: Int
        /// Bytes of a cell kept for typing and examples; longer cells count as text.
        public var cellBytes: Int

        /// Creates limits; the defaults suit files of any size.
        public init(sampleBytes: Int = 16_384, reportedRows: Int = 20, profiledColumns: Int = 1_024, cellBytes: Int = 256) {
            self.sampleBytes = max(sampleBytes, 3)
            self.reportedRows = reportedRows
            self.profiledColumns = profiledColumns
            self.cellBytes = cellBytes
        }
    }

    enum Phase: Sendable { case sampling, parsing, unreadable }
    enum CellState: Sendable { case start, unquoted, quoted, quoteInQuoted }

    let limits: Limits
    let givenDelimiter: TableDelimiter?
    var encoding = EncodingInspector()
    var phase = Phase.sampling
    var sample: [UInt8] = []
    var delimiter = TableDelimiter.comma
    var delimiterByte = TableDelimiter.comma.rawValue
    var delimiterWasDetected = false
    var schema: SchemaValidation?

    // Parser state.
    var line = 1
    var column = 0
    var previousWasCR = false
    var atLineStart = true
    var inRecord = false
    var state = CellState.start
    var cell: [UInt8] = []
    var cellLength = 0
    var cellOverflow = false
    var recordLine = 1
    var cellIndex = 0
    var recordIsBlank = true
    var quoteOpenedAt = TextPosition(line: 1, column: 1)

    // What is learnt.
    var headerDone = false
    var headerCells: [[UInt8]] = []
    var headerClasses: [ValueClass] = []
    var headerLine = 0
    var headerCount = 0
    var firstRowClasses: [ValueClass] = []
    var statistics: [ColumnStatistics] = []
    var dataRowCount = 0
    var histogram: [Int: Int] = [:]
    var lastCellCount = 0
    var lastCellCountRows = 0
    var raggedRows: [RaggedRow] = []
    var raggedRowCount = 0
    var blankRowLines: [Int] = []
    var blankRowCount = 0
    var unterminatedQuote: TextPosition?
    var strayQuoteCount = 0
    var firstStrayQuote = TextPosition(line: 1, column: 1)

    /// Creates an inspector for one file.
    /// - Parameters:
    ///   - schema: a data dictionary to check every row against while reading, or nil.
    ///   - delimiter: the delimiter when known (TAB for `.tsv`); nil to detect it among `,` TAB `;` `|`.
    ///   - limits: bounds on what is kept.
    public init(schema: TableSchema? = nil, delimiter: TableDelimiter? = nil, limits: Limits = Limits()) {
        self.limits = limits
        givenDelimiter = delimiter
        self.schema = schema.map(SchemaValidation.init)
        cell = [UInt8](repeating: 0, count: limits.cellBytes)
    }

    /// Feeds the next chunk of the file. Always returns true: the encoding verdict needs every byte.
    @discardableResult
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        encoding.consume(chunk)
        switch phase {
        case .sampling:
            sample.append(contentsOf: chunk)
            if sample.count >= limits.sampleBytes { startParsing(isComplete: false) }
        case .parsing:
            parse(chunk)
        case .unreadable:
            break
        }
        return true
    }

    /// Ends the file and returns the report.
    public mutating func finish() -> TableReport {
        if phase == .sampling { startParsing(isComplete: true) }
        if inRecord {
            if state == .quoted { unterminatedQuote = quoteOpenedAt }
            endCell()
            endRecord()
        }
        flushCellCount()
        let encodingReport = encoding.finish()
        let header = headerCells.map { TextDecoding.string($0) }
        let lineCount = atLineStart ? line - 1 : line
        let columns = statistics.enumerated().map { position, columnStatistics in
            columnStatistics.profile(position: position + 1, name: position < header.count ? header[position] : "")
        }
        return TableReport(
            encoding: encodingReport, delimiter: delimiter, delimiterWasDetected: delimiterWasDetected,
            header: header, headerLine: headerLine, headerProblems: headerProblems(header),
            dataRowCount: dataRowCount, lineCount: max(lineCount, 0), cellCountHistogram: histogram,
            raggedRows: raggedRows, raggedRowCount: raggedRowCount, blankRowLines: blankRowLines,
            blankRowCount: blankRowCount, unterminatedQuote: unterminatedQuote,
            strayQuotes: strayQuoteCount == 0 ? nil : StrayQuotes(count: strayQuoteCount, first: firstStrayQuote),
            columns: columns, schemaProblems: schema?.problems ?? [],
            unreadableReason: phase == .unreadable ? .utf16 : nil)
    }

    private mutating func startParsing(isComplete: Bool) {
        var bytes = sample
        sample = []
        switch ByteOrderMark.detect(in: bytes) {
        case .utf16LittleEndian, .utf16BigEndian:
            phase = .unreadable
            return
        case .utf8:
            bytes.removeFirst(3)
        case nil:
            break
        }
        phase = .parsing
        if let givenDelimiter {
            delimiter = givenDelimiter
        } else if let detected = TableDelimiter.detect(
            in: Array(bytes.prefix(limits.sampleBytes - 3)), isComplete: isComplete && bytes.count <= limits.sampleBytes - 3)
        {
            delimiter = detected
            delimiterWasDetected = true
        }
        delimiterByte = delimiter.rawValue
        bytes.withUnsafeBytes { parse($0) }
    }

    private func headerProblems(_ header: [String]) -> [HeaderProblem] {
        guard !header.isEmpty else { return [] }
        let looksLikeData: (ValueClass) -> Bool = { [.integer, .decimal, .decimalComma, .date].contains($0) }
        if headerClasses.allSatisfy(looksLikeData), firstRowClasses.isEmpty || firstRowClasses.contains(where: looksLikeData) {
            return [.missingHeader]
        }
        var problems: [HeaderProblem] = []
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (index, name) in header.enumerated() {
            let trimmed = name.trimmingSpaces
            if trimmed.isEmpty {
                problems.append(.blankName(position: index + 1))
                continue
            }
            if positions[trimmed] == nil { order.append(trimmed) }
            positions[trimmed, default: []].append(index + 1)
        }
        for name in order where (positions[name]?.count ?? 0) > 1 {
            problems.append(.duplicateName(name: name, positions: positions[name] ?? []))
        }
        return problems
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
