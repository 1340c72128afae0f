/// A place in a text file: the physical line and the character column, both 1-based.
public struct TextPlace: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The physical line.
    public var line: Int
    /// The column in characters.
    public var column: Int

    /// Creates a place.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line 3, column 7`.
    public var description: String { "line \(line), column \(column)" }
}

/// What the one read taught about a text file's encoding.
public struct EncodingFacts: Sendable, Equatable {
    /// The byte order mark the file starts with (`UTF-8`, `UTF-16LE`…), if any.
    public var byteOrderMark: String?
    /// The likely encoding, by its `iconv` name (`UTF-8`, `ISO-8859-1`, `WINDOWS-1252`…).
    public var encoding: String
    /// True when the file is valid UTF-8 (ASCII included).
    public var isValidUTF8: Bool
    /// Where the first byte that is not UTF-8 is, if any.
    public var firstInvalid: TextPlace?
    /// Why that byte is not UTF-8, for people (`byte 0xE9`).
    public var invalidReason: String?
    /// The shell command that converts the file to UTF-8, when it is not.
    public var conversionCommand: String?

    /// Creates the facts.
    public init(byteOrderMark: String? = nil, encoding: String, isValidUTF8: Bool, firstInvalid: TextPlace? = nil,
                invalidReason: String? = nil, conversionCommand: String? = nil) {
        self.byteOrderMark = byteOrderMark
        self.encoding = encoding
        self.isValidUTF8 = isValidUTF8
        self.firstInvalid = firstInvalid
        self.invalidReason = invalidReason
        self.conversionCommand = conversionCommand
    }
}

/// What the one read taught about a delimited text table (CSV, TSV).
public struct TableFacts: Sendable, Equatable {
    /// The table's encoding.
    public var encoding: EncodingFacts
    /// The delimiter used to parse it, as shown to people (`,`, `;`, `TAB`, `|`).
    public var delimiter: String
    /// True when the delimiter was detected from the content.
    public var delimiterWasDetected: Bool
    /// The share (0–1) of rows having the most common number of cells.
    public var delimiterConsistency: Double
    /// The header's cells.
    public var header: [String]
    /// The line the header is on.
    public var headerLine: Int
    /// True when the first row looks like data.
    public var missingHeader = false
    /// 1-based positions of columns without a name.
    public var blankNames: [Int] = []
    /// Names several columns share, with their 1-based positions.
    public var duplicateNames: [DuplicateName] = []
    /// Data rows.
    public var dataRowCount = 0
    /// The first rows whose number of cells differs from the header's.
    public var raggedRows: [RaggedLine] = []
    /// How many rows are ragged.
    public var raggedRowCount = 0
    /// The first blank rows' lines.
    public var blankRowLines: [Int] = []
    /// How many blank rows there are after the header.
    public var blankRowCount = 0
    /// Where a quote opened that never closed.
    public var unterminatedQuote: TextPlace?
    /// How many quotes stand where RFC 4180 does not allow them.
    public var strayQuoteCount = 0
    /// Where the first stray quote is.
    public var firstStrayQuote: TextPlace?
    /// A profile per column.
    public var columns: [ColumnFacts] = []
    /// How the table departs from its data dictionary.
    public var schemaIssues: [SchemaIssue] = []
    /// Columns whose header says they hold people's names.
    public var nameColumns: [NamedColumn] = []
    /// Why the table could not be parsed at all, or nil.
    public var unreadableReason: String?

    /// Creates the facts.
    public init(encoding: EncodingFacts, delimiter: String, delimiterWasDetected: Bool, delimiterConsistency: Double,
                header: [String], headerLine: Int) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.delimiterWasDetected = delimiterWasDetected
        self.delimiterConsistency = delimiterConsistency
        self.header = header
        self.headerLine = headerLine
    }

    /// A name several columns share.
    public struct DuplicateName: Sendable, Equatable {
        /// The name.
        public var name: String
        /// Its 1-based positions.
        public var positions: [Int]
        /// Creates it.
        public init(name: String, positions: [Int]) {
            self.name = name
            self.positions = positions
        }
    }

    /// A row with another number of cells than the header.
    public struct RaggedLine: Sendable, Equatable {
        /// The line it starts on.
        public var line: Int
        /// Its number of cells.
        public var cells: Int
        /// Creates it.
        public init(line: Int, cells: Int) {
            self.line = line
            self.cells = cells
        }
    }

    /// A column, by position and name.
    public struct NamedColumn: Sendable, Equatable {
        /// 1-based position.
        public var position: Int
        /// Its header.
        public var name: String
        /// Creates it.
        public init(position: Int, name: String) {
            self.position = position
            self.name = name
        }
    }
}

/// What the one read taught about one column of a table.
public struct ColumnFacts: Sendable, Equatable {
    /// 1-based position.
    public var position: Int
    /// Its header.
    public var name: String
    /// The inferred type (`integer`, `number`, `decimalComma`, `date`, `boolean`, `text`, `empty`).
    public var type: String
    /// Cells that do not have that type.
    public var strayCount = 0
    /// The line of the first of them.
    public var strayFirstLine = 0
    /// The first few of them as written.
    public var strayExamples: [String] = []

    /// Creates the facts.
    public init(position: Int, name: String, type: String) {
        self.position = position
        self.name = name
        self.type = type
    }

    /// True for the number types.
    public var isNumeric: Bool { ["integer", "number", "decimalComma"].contains(type) }
}

/// A way a table departs from the data dictionary `deposit.yaml` declares for it.
public struct SchemaIssue: Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// A declared column the header lacks.
        case missingColumn(name: String)
        /// A column of the header the dictionary does not declare.
        case extraColumn(name: String, position: Int)
        /// Cells that do not have the declared type.
        case wrongType(column: String, expected: String)
        /// Cells outside the allowed values.
        case valueNotAllowed(column: String)
    }

    /// What is wrong.
    public var kind: Kind
    /// How many cells (1 for a column).
    public var count: Int
    /// The line of the first occurrence.
    public var firstLine: Int
    /// The first few offending cells.
    public var examples: [String]

    /// Creates the issue.
    public init(kind: Kind, count: Int, firstLine: Int, examples: [String]) {
        self.kind = kind
        self.count = count
        self.firstLine = firstLine
        self.examples = examples
    }
}

/// Personal data the one read found in a text file, masked: never the values themselves.
public struct PersonalDataFacts: Sendable, Equatable {
    /// The first hits of each kind.
    public var hits: [PersonalDataFinding]
    /// How many of each kind (all are counted, not all are kept).
    public var counts: [PersonalDataCategory: Int]

    /// Creates the facts.
    public init(hits: [PersonalDataFinding] = [], counts: [PersonalDataCategory: Int] = [:]) {
        self.hits = hits
        self.counts = counts
    }
}

/// A kind of personal data.
public enum PersonalDataCategory: String, Sendable, Hashable, CaseIterable {
    /// An e-mail address.
    case email
    /// A phone number.
    case phone
    /// A French social security number whose key matches.
    case nir
    /// Shaped like a NIR, with a wrong key.
    case nirWithWrongKey
    /// An IBAN whose check digits are right.
    case iban
    /// Shaped like an IBAN, with wrong check digits.
    case ibanWithWrongChecksum
    /// A column of people's names.
    case nameColumn
}

/// One piece of personal data, masked.
public struct PersonalDataFinding: Sendable, Equatable {
    /// What it is.
    public var category: PersonalDataCategory
    /// Where it starts.
    public var place: TextPlace
    /// The masked value (`a***@u***.fr`).
    public var masked: String
    /// The SHA-256 (hex) of the masked value: what `reviewed:` names to accept it.
    public var digest: String

    /// Creates a finding.
    public init(category: PersonalDataCategory, place: TextPlace, masked: String, digest: String) {
        self.category = category
        self.place = place
        self.masked = masked
        self.digest = digest
    }
}
