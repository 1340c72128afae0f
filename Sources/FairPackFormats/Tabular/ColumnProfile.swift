/// The type a column's values have, inferred from its cells.
public enum ColumnType: String, Sendable, Equatable, CaseIterable {
    /// Every cell is empty.
    case empty
    /// Whole numbers.
    case integer
    /// Numbers with a decimal point (whole numbers allowed).
    case number
    /// Numbers with a decimal comma, `12,5` (whole numbers allowed).
    case decimalComma
    /// ISO 8601 dates (with or without a time) or `dd/mm/yyyy`.
    case date
    /// `true`/`false`, `yes`/`no`, `oui`/`non`, `vrai`/`faux`.
    ///
    /// A column of only `0` and `1` is an integer column, not a boolean one: the inspector cannot tell
    /// a flag from a count, and most tools read it as integer too.
    case boolean
    /// Free text, or a mix no other type covers.
    case text
}

/// Cells of a typed column that do not have its type: `n/a`, `NA`, `-` or `12,5` among `12.5`.
public struct StrayValues: Sendable, Equatable {
    /// How many cells stray.
    public var count: Int
    /// The physical line of the first one.
    public var firstLine: Int
    /// The first few stray cells as written (cut to 40 characters).
    public var examples: [String]
    /// How many of them are a usual missing-value marker (`NA`, `n/a`, `-`, `null`…).
    public var missingMarkers: Int

    /// Creates the description of stray cells.
    public init(count: Int, firstLine: Int, examples: [String], missingMarkers: Int) {
        self.count = count
        self.firstLine = firstLine
        self.examples = examples
        self.missingMarkers = missingMarkers
    }
}

/// What the inspector learnt about one column.
public struct ColumnProfile: Sendable, Equatable {
    /// The position of the column, 1-based.
    public var position: Int
    /// The column's name from the header ("" when blank or beyond the header).
    public var name: String
    /// The inferred type: the type most cells share when at least 80 % of the non-empty cells share it,
    /// otherwise ``ColumnType/text``.
    public var type: ColumnType
    /// Cells with content.
    public var filledCells: Int
    /// Empty cells (including cells missing from short rows is not counted here).
    public var emptyCells: Int
    /// Cells that do not have the column's type, or nil when every filled cell has it.
    public var strays: StrayValues?

    /// Creates a column profile.
    public init(position: Int, name: String, type: ColumnType, filledCells: Int, emptyCells: Int, strays: StrayValues?) {
        self.position = position
        self.name = name
        self.type = type
        self.filledCells = filledCells
        self.emptyCells = emptyCells
        self.strays = strays
    }
}
