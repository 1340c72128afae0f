import FairPackFormats
import Testing

@Suite("Table inspector on real-shaped CSV and TSV files")
struct TableInspectorTests {
    @Test("a ragged CSV lists its short and long rows with their physical lines")
    func ragged() throws {
        let report = Feeding.table(try Feeding.fixture("ragged.csv"))
        #expect(report.header == ["id", "name", "score"])
        #expect(report.raggedRows == [RaggedRow(line: 3, cellCount: 2), RaggedRow(line: 4, cellCount: 4)])
        #expect(report.raggedRowCount == 2)
        #expect(report.cellCountHistogram == [3: 3, 2: 1, 4: 1])
        #expect(report.dataRowCount == 4)
        #expect(!report.isWellFormed)
    }

    @Test("a Latin-1 CSV still parses, and the report names ISO-8859-1 and where the first bad byte is")
    func latin1() throws {
        let report = Feeding.table(try Feeding.fixture("latin1.csv"))
        #expect(report.header == ["nom", "ville", "note"])
        #expect(report.dataRowCount == 2)
        #expect(report.isRectangular)
        #expect(report.encoding.encoding == .iso88591)
        #expect(report.encoding.firstInvalid?.position == TextPosition(line: 2, column: 4))
        #expect(report.columns.map(\.type) == [.text, .text, .integer])
        #expect(report.encoding.conversionCommand(input: "in.csv", output: "out.csv")
            == "iconv -f ISO-8859-1 -t UTF-8 in.csv > out.csv")
        #expect(!report.isWellFormed)
    }

    @Test("curly quotes and the euro sign make the guess Windows-1252, decoded as such in examples")
    func windows1252() throws {
        let report = Feeding.table(try Feeding.fixture("windows1252.csv"))
        #expect(report.encoding.encoding == .windows1252)
        #expect(report.header == ["titre", "auteur"])
        #expect(report.columns.first?.strays == nil)
        #expect(report.dataRowCount == 2)
    }

    @Test("a CSV with a BOM and CRLF line ends is clean")
    func bomCRLF() throws {
        let report = Feeding.table(try Feeding.fixture("bom-crlf.csv"))
        #expect(report.encoding.byteOrderMark == .utf8)
        #expect(report.encoding.encoding == .utf8)
        #expect(report.encoding.lineEndings.crlf == 4)
        #expect(report.header == ["id", "name", "joined"])
        #expect(report.lineCount == 4)
        #expect(report.columns.map(\.type) == [.integer, .text, .date])
        #expect(report.isWellFormed)
    }

    @Test("a semicolon CSV with decimal commas is clean and typed as French spreadsheets write it")
    func semicolon() throws {
        let report = Feeding.table(try Feeding.fixture("semicolon-decimal-comma.csv"))
        #expect(report.delimiter == .semicolon)
        #expect(report.delimiterWasDetected)
        #expect(report.columns.map(\.type) == [.text, .decimalComma, .date, .boolean])
        #expect(report.columns.allSatisfy { $0.strays == nil })
        #expect(report.isWellFormed)
    }

    @Test("a blank column name is reported at its position")
    func blankHeader() throws {
        let report = Feeding.table(try Feeding.fixture("blank-header.csv"))
        #expect(report.headerProblems == [.blankName(position: 2)])
    }

    @Test("duplicate column names are reported with their positions")
    func duplicateHeader() throws {
        let report = Feeding.table(try Feeding.fixture("duplicate-header.csv"))
        #expect(report.headerProblems == [.duplicateName(name: "name", positions: [2, 4])])
    }

    @Test("empty lines and rows of empty cells are blank rows, not ragged ones")
    func blankRows() throws {
        let report = Feeding.table(try Feeding.fixture("blank-row.csv"))
        #expect(report.blankRowLines == [3, 5])
        #expect(report.blankRowCount == 2)
        #expect(report.raggedRowCount == 0)
        #expect(report.dataRowCount == 3)
        #expect(report.columns.map(\.emptyCells) == [0, 0])
    }

    @Test("an unterminated quote is located where it opened")
    func unterminatedQuote() throws {
        let report = Feeding.table(try Feeding.fixture("unterminated-quote.csv"))
        #expect(report.unterminatedQuote == TextPosition(line: 3, column: 3))
        #expect(report.dataRowCount == 2)
        #expect(report.lineCount == 5)
    }

    @Test("newlines inside quotes keep physical line numbers right")
    func embeddedNewlines() throws {
        let report = Feeding.table(try Feeding.fixture("embedded-newlines.csv"))
        #expect(report.dataRowCount == 3)
        #expect(report.raggedRows == [RaggedRow(line: 5, cellCount: 4)])
        #expect(report.lineCount == 6)
        #expect(report.strayQuotes == nil)
        #expect(report.unterminatedQuote == nil)
    }

    @Test("a TSV is detected as tab-delimited, its commas being decimal commas")
    func tsv() throws {
        let report = Feeding.table(try Feeding.fixture("table.tsv"))
        #expect(report.delimiter == .tab)
        #expect(report.columns.map(\.type) == [.integer, .text, .decimalComma])
    }

    @Test("stray texts in a number column are counted with the first line and examples")
    func mixedTypes() throws {
        let report = Feeding.table(try Feeding.fixture("mixed-types.csv"))
        let temperature = try #require(report.columns.last)
        #expect(temperature.type == .number)
        #expect(temperature.strays == StrayValues(count: 3, firstLine: 22, examples: ["n/a", "NA", "12,5"], missingMarkers: 2))
    }

    @Test("a first row of numbers and dates, like the next, means the header is missing")
    func missingHeader() throws {
        let report = Feeding.table(try Feeding.fixture("no-header.csv"))
        #expect(report.headerProblems == [.missingHeader])
    }

    @Test("a misplaced quote is a stray quote")
    func strayQuote() {
        let report = Feeding.table("a,b\n1,ab\"c\n2,\"x\"y\n")
        #expect(report.strayQuotes == StrayQuotes(count: 2, first: TextPosition(line: 2, column: 5)))
    }

    @Test("a row of spaces is not blank, as frictionless judges it")
    func whitespaceRow() {
        let report = Feeding.table("a,b\n1,2\n  ,  \n3,4\n")
        #expect(report.blankRowCount == 0)
        #expect(report.columns.map(\.emptyCells) == [1, 1])
    }

    @Test("blank lines before the header are blank rows, and the header is the first row with content")
    func blankLinesFirst() {
        let report = Feeding.table("\n\r\na,b\n1,2\n")
        #expect(report.blankRowLines == [1, 2])
        #expect(report.header == ["a", "b"])
        #expect(report.headerLine == 3)
    }

    @Test("a pipe-delimited table is split on pipes, so its short row shows")
    func pipe() {
        let report = Feeding.table("a|b|c\n1|2|3\n4|5\n")
        #expect(report.delimiter == .pipe)
        #expect(report.raggedRows == [RaggedRow(line: 3, cellCount: 2)])
    }

    @Test("a lone CR ends lines, and the last row needs no newline")
    func carriageReturns() {
        #expect(Feeding.table("a,b\r1,2\r3,4,5\r").raggedRows == [RaggedRow(line: 3, cellCount: 3)])
        #expect(Feeding.table("a,b\n1\n2,3").raggedRows == [RaggedRow(line: 2, cellCount: 1)])
    }

    @Test("an integer column with NA and - is typed integer with two strays")
    func integerWithMissing() {
        var text = "id,count\n"
        for index in 1..<30 { text += "\(index),\(index * 3)\n" }
        text += "30,NA\n31,-\n"
        let count = Feeding.table(text).columns[1]
        #expect(count.type == .integer)
        #expect(count.strays == StrayValues(count: 2, firstLine: 31, examples: ["NA", "-"], missingMarkers: 2))
    }

    @Test("a UTF-16 table is unreadable and says so")
    func utf16() {
        let report = Feeding.table([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62, 0x00, 0x0A, 0x00])
        #expect(report.unreadableReason == .utf16)
        #expect(report.encoding.encoding == .utf16LittleEndian)
        #expect(report.header.isEmpty)
    }

    @Test("an empty file gives an empty report")
    func empty() {
        let report = Feeding.table([UInt8]())
        #expect(report.header.isEmpty && report.dataRowCount == 0 && report.lineCount == 0)
        #expect(report.isEmpty && !report.isWellFormed)
    }

    @Test("binary garbage gives a report, not a crash", arguments: [1, 7, 4096])
    func garbage(chunk: Int) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let report = Feeding.table(bytes, chunk: chunk)
        #expect(report.lineCount > 0)
        #expect(report.columns.count <= 1_024)
    }

    @Test("a very long row and a huge quoted cell stay bounded")
    func longCells() {
        let row = Array(repeating: "x", count: 5_000).joined(separator: ",")
        let text = "h\n\"" + String(repeating: "y", count: 200_000) + "\"\n" + row + "\n"
        let report = Feeding.table(text)
        #expect(report.columns.count == 1_024)
        #expect(report.raggedRows == [RaggedRow(line: 3, cellCount: 5_000)])
    }

    @Test("every fixture gives the same report with chunks of 1, 7 and 4096 bytes", arguments: Feeding.fixtureNames)
    func chunkSizes(name: String) throws {
        let bytes = try Feeding.fixture(name)
        let reference = Feeding.table(bytes, chunk: 4096)
        #expect(Feeding.table(bytes, chunk: 1) == reference)
        #expect(Feeding.table(bytes, chunk: 7) == reference)
    }

    @Test("the delimiter chosen does not depend on chunking past the sample")
    func largeSample() {
        var text = "a;b;c\n"
        for index in 0..<5_000 { text += "\(index);x,y;\(index).5\n" }
        let reference = Feeding.table(text, chunk: 4096)
        #expect(reference.delimiter == .semicolon)
        #expect(Feeding.table(text, chunk: 7) == reference)
        #expect(reference.dataRowCount == 5_000)
    }
}
