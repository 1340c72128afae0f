/// What the ``TableInspector`` learnt about a delimited text table (CSV, TSV).
public struct TableReport: Sendable, Equatable {
    /// The file's text encoding.
    public var encoding: EncodingReport
    /// The field delimiter used to parse the table.
    public var delimiter: TableDelimiter
    /// True when the delimiter was detected from the first lines; false when given or defaulted to comma.
    public var delimiterWasDetected: Bool
    /// The header's cells (the first non-blank row), decoded; empty for an empty file.
    public var header: [String]
    /// The physical line the header is on.
    public var headerLine: Int
    /// Problems with the header: blank or duplicate names, or no header at all.
    public var headerProblems: [HeaderProblem]
    /// Data rows (not counting the header or blank rows).
    public var dataRowCount: Int
    /// Physical lines in the file.
    public var lineCount: Int
    /// For each number of cells, how many non-blank rows (header included) have it.
    public var cellCountHistogram: [Int: Int]
    /// The first rows whose number of cells differs from the header's, with their physical lines.
    public var raggedRows: [RaggedRow]
    /// How many rows have a number of cells that differs from the header's.
    public var raggedRowCount: Int
    /// The physical lines of the first blank rows (empty lines, or rows whose cells are all empty).
    public var blankRowLines: [Int]
    /// How many blank rows (empty lines, or rows whose cells are all empty) there are after the header.
    public var blankRowCount: Int
    /// Where a quote opened that never closed, swallowing the rest of the file; nil when all quotes close.
    public var unterminatedQuote: TextPosition?
    /// Quotes misplaced inside a field (`ab"c`, or `"ab"c`): how many, and where the first is.
    public var strayQuotes: StrayQuotes?
    /// A profile per column (up to the inspector's column limit).
    public var columns: [ColumnProfile]
    /// How the table departs from the data dictionary given to the inspector (empty without one).
    public var schemaProblems: [SchemaProblem]
    /// Why the table could not be parsed at all (UTF-16), or nil.
    public var unreadableReason: UnreadableReason?

    /// Creates a report.
    public init(
        encoding: EncodingReport, delimiter: TableDelimiter, delimiterWasDetected: Bool, header: [String],
        headerLine: Int, headerProblems: [HeaderProblem], dataRowCount: Int, lineCount: Int,
        cellCountHistogram: [Int: Int], raggedRows: [RaggedRow], raggedRowCount: Int, blankRowLines: [Int],
        blankRowCount: Int, unterminatedQuote: TextPosition?, strayQuotes: StrayQuotes?, columns: [ColumnProfile],
        schemaProblems: [SchemaProblem], unreadableReason: UnreadableReason?
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.delimiterWasDetected = delimiterWasDetected
        self.header = header
        self.headerLine = headerLine
        self.headerProblems = headerProblems
        self.dataRowCount = dataRowCount
        self.lineCount = lineCount
        self.cellCountHistogram = cellCountHistogram
        self.raggedRows = raggedRows
        self.raggedRowCount = raggedRowCount
        self.blankRowLines = blankRowLines
        self.blankRowCount = blankRowCount
        self.unterminatedQuote = unterminatedQuote
        self.strayQuotes = strayQuotes
        self.columns = columns
        self.schemaProblems = schemaProblems
        self.unreadableReason = unreadableReason
    }

    /// True when every non-blank row has as many cells as the header.
    public var isRectangular: Bool { raggedRowCount == 0 }

    /// The share (0–1) of non-blank rows having the most common number of cells: 1 means a consistent delimiter.
    public var delimiterConsistency: Double {
        let total = cellCountHistogram.values.reduce(0, +)
        guard total > 0, let most = cellCountHistogram.values.max() else { return 1 }
        return Double(most) / Double(total)
    }

    /// True when the file holds no row at all (empty, or blank lines only).
    public var isEmpty: Bool { header.isEmpty }

    /// True when nothing in the shape, header, quoting or encoding would break ingest. Not counted: type
    /// strays, schema problems, and stray quotes (which lenient readers such as Python's `csv` accept; report
    /// them as a warning).
    public var isWellFormed: Bool {
        unreadableReason == nil && !isEmpty && encoding.isValidUTF8 && headerProblems.isEmpty
            && raggedRowCount == 0 && blankRowCount == 0 && unterminatedQuote == nil
    }
}

/// A problem with a table's header.
public enum HeaderProblem: Sendable, Equatable {
    /// The first row looks like data (numbers or dates, as is the next row): the table has no header.
    case missingHeader
    /// A column has no name (1-based position).
    case blankName(position: Int)
    /// Several columns share a name (1-based positions).
    case duplicateName(name: String, positions: [Int])
}

/// A row whose number of cells differs from the header's.
public struct RaggedRow: Sendable, Equatable {
    /// The physical line the row starts on.
    public var line: Int
    /// Its number of cells.
    public var cellCount: Int

    /// Creates a ragged row.
    public init(line: Int, cellCount: Int) {
        self.line = line
        self.cellCount = cellCount
    }
}

/// Quotes found where RFC 4180 does not allow them.
public struct StrayQuotes: Sendable, Equatable {
    /// How many.
    public var count: Int
    /// Where the first one is.
    public var first: TextPosition

    /// Creates the description.
    public init(count: Int, first: TextPosition) {
        self.count = count
        self.first = first
    }
}

/// Why a table could not be parsed.
public enum UnreadableReason: String, Sendable, Equatable {
    /// The file is UTF-16; convert it to UTF-8 first.
    case utf16
}
