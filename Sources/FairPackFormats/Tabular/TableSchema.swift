/// A data dictionary: the columns a table declares, checked by the ``TableInspector`` on every row as it reads.
public struct TableSchema: Sendable, Equatable {
    /// The declared columns, in order.
    public var columns: [Column]

    /// Creates a schema.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// One declared column.
    public struct Column: Sendable, Equatable {
        /// The name the header must carry (compared after trimming spaces, case-sensitively).
        public var name: String
        /// The declared type.
        public var type: DeclaredType
        /// What the column holds, for people.
        public var description: String?
        /// The unit of its values (`kg`, `°C`).
        public var unit: String?
        /// The only values allowed, or nil when any value of the type is allowed.
        public var allowedValues: [String]?

        /// Creates a declared column.
        public init(
            name: String, type: DeclaredType, description: String? = nil, unit: String? = nil,
            allowedValues: [String]? = nil
        ) {
            self.name = name
            self.type = type
            self.description = description
            self.unit = unit
            self.allowedValues = allowedValues
        }
    }

    /// A column type as a data dictionary declares it.
    public enum DeclaredType: String, Sendable, Equatable, CaseIterable {
        /// Whole numbers.
        case integer
        /// Any number, with a decimal point or comma.
        case number
        /// Same as ``number``.
        case decimal
        /// ISO 8601 or `dd/mm/yyyy` dates.
        case date
        /// `true`/`false`, `yes`/`no`, `oui`/`non`, `vrai`/`faux`, `0`/`1`.
        case boolean
        /// Any text.
        case text
        /// Same as ``text``.
        case string

        /// Whether a cell of class `valueClass` (never empty) has this type.
        func accepts(_ valueClass: ValueClass, bytes: ArraySlice<UInt8>) -> Bool {
            switch self {
            case .integer: valueClass == .integer
            case .number, .decimal: valueClass == .integer || valueClass == .decimal || valueClass == .decimalComma
            case .date: valueClass == .date
            case .boolean: valueClass == .boolean || (valueClass == .integer && (bytes.elementsEqual([0x30]) || bytes.elementsEqual([0x31])))
            case .text, .string: true
            }
        }
    }
}

/// A way a table departs from its data dictionary.
public struct SchemaProblem: Sendable, Equatable {
    /// What is wrong.
    public var kind: Kind
    /// How many cells (or 1 for a column problem).
    public var count: Int
    /// The physical line of the first occurrence (the header line for column problems).
    public var firstLine: Int
    /// The first few offending cells as written (cut to 40 characters); empty for column problems.
    public var examples: [String]

    /// Creates a problem.
    public init(kind: Kind, count: Int, firstLine: Int, examples: [String]) {
        self.kind = kind
        self.count = count
        self.firstLine = firstLine
        self.examples = examples
    }

    /// What is wrong.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The dictionary declares a column the header lacks.
        case missingColumn(name: String)
        /// The header has a column (at a 1-based position) the dictionary does not declare.
        case extraColumn(name: String, position: Int)
        /// Cells of a column do not have the declared type.
        case wrongType(column: String, expected: TableSchema.DeclaredType)
        /// Cells of a column are not among its allowed values.
        case valueNotAllowed(column: String)
    }
}
