/// The byte-level RFC 4180 state machine and what happens at the end of each cell and row.
extension TableInspector {
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    mutating func parse(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var index = 0
        while index < count {
            if inRecord, state != .quoteInQuoted {
                // Fast path: the run of ordinary bytes inside a cell goes in at once (at the start of a
                // cell, an ordinary byte begins an unquoted value; a quote there opens a quoted one).
                let start = index
                let quoted = state == .quoted
                let delimiter = quoted ? Self.quote : delimiterByte
                var characters = 0
                // Eight bytes at a time while none of them is a quote, a line end or the delimiter;
                // characters are the bytes that do not continue a UTF-8 sequence (10xxxxxx).
                let repeated = { (byte: UInt8) in UInt64(byte) &* 0x0101_0101_0101_0101 }
                let quotes = repeated(Self.quote), lineFeeds = repeated(Self.lineFeed)
                let returns = repeated(Self.carriageReturn), delimiters = repeated(delimiter)
                while index + 8 <= count {
                    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if Self.holdsZero(word ^ quotes) || Self.holdsZero(word ^ lineFeeds) || Self.holdsZero(word ^ returns)
                        || Self.holdsZero(word ^ delimiters) { break }
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    characters &+= 8 &- continuations.nonzeroBitCount
                    index += 8
                }
                while index < count {
                    let byte = bytes[index]
                    // Every byte that ends a run is below 0x3C (`"`, LF, CR and the delimiters `,` `;` TAB),
                    // except `|`: one comparison skips most bytes.
                    if byte < 0x3C || byte == delimiter,
                       byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn || byte == delimiter {
                        break
                    }
                    characters &+= byte & 0xC0 == 0x80 ? 0 : 1
                    index += 1
                }
                if index > start {
                    if state == .start { state = .unquoted }
                    appendRun(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                    column += characters
                    atLineStart = false
                    previousWasCR = false
                }
                if index == count { break }
            }
            let byte = bytes[index]
            index += 1
            let isNewline = byte == Self.lineFeed || byte == Self.carriageReturn
            if byte == Self.lineFeed, previousWasCR, state != .quoted {
                // The LF of a CRLF whose CR already ended the row (or the blank line).
                previousWasCR = false
                continue
            }
            if !inRecord {
                if isNewline {
                    blankRow(at: line)
                    advance(byte)
                    continue
                }
                inRecord = true
                recordLine = line
                cellIndex = 0
                recordIsBlank = true
                state = .start
            }
            switch state {
            case .start:
                if byte == Self.quote {
                    state = .quoted
                    quoteOpenedAt = TextPosition(line: line, column: column + 1)
                } else if byte == delimiterByte {
                    endCell()
                } else if isNewline {
                    endCell()
                    endRecord()
                } else {
                    append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if byte == delimiterByte {
                    endCell()
                } else if isNewline {
                    endCell()
                    endRecord()
                } else {
                    if byte == Self.quote { strayQuote() }
                    append(byte)
                }
            case .quoted:
                if byte == Self.quote { state = .quoteInQuoted } else { append(byte) }
            case .quoteInQuoted:
                if byte == Self.quote {
                    append(byte)
                    state = .quoted
                } else if byte == delimiterByte {
                    endCell()
                } else if isNewline {
                    endCell()
                    endRecord()
                } else {
                    strayQuote()
                    append(byte)
                    state = .unquoted
                }
            }
            advance(byte)
        }
    }

    /// Whether one of the eight bytes of `word` is zero.
    private static func holdsZero(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Moves the physical position past `byte`.
    private mutating func advance(_ byte: UInt8) {
        if byte == Self.lineFeed {
            if !previousWasCR { line += 1 }
            column = 0
            previousWasCR = false
            atLineStart = true
        } else if byte == Self.carriageReturn {
            line += 1
            column = 0
            previousWasCR = true
            atLineStart = true
        } else {
            previousWasCR = false
            atLineStart = false
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    private mutating func appendRun(_ run: UnsafeRawBufferPointer) {
        let room = limits.cellBytes - cellLength
        if run.count > room { cellOverflow = true }
        let taken = min(room, run.count)
        guard taken > 0 else { return }
        let at = cellLength
        cell.withUnsafeMutableBytes { buffer in
            UnsafeMutableRawBufferPointer(rebasing: buffer[at..<(at + taken)]).copyMemory(from: UnsafeRawBufferPointer(rebasing: run[0..<taken]))
        }
        cellLength += taken
    }

    private mutating func append(_ byte: UInt8) {
        if cellLength < limits.cellBytes {
            cell[cellLength] = byte
            cellLength += 1
        } else {
            cellOverflow = true
        }
    }

    private mutating func strayQuote() {
        if strayQuoteCount == 0 { firstStrayQuote = TextPosition(line: line, column: column + 1) }
        strayQuoteCount += 1
    }

    /// The first `length` bytes of `cell` without surrounding spaces, and their class. Static, and
    /// given the bytes: a method reading `self` made each cell copy the whole inspector first.
    private static func classified(_ cell: UnsafeBufferPointer<UInt8>, length: Int, overflow: Bool) -> (Range<Int>, ValueClass) {
        var start = 0, end = length
        while start < end, cell[start] == 0x20 || cell[start] == 0x09 { start += 1 }
        while end > start, cell[end - 1] == 0x20 || cell[end - 1] == 0x09 { end -= 1 }
        if start == end { return (start..<end, .empty) }
        return (start..<end, overflow ? .text : ValueClass.classify(UnsafeBufferPointer(rebasing: cell[start..<end])))
    }

    mutating func endCell() {
        let (length, overflow) = (cellLength, cellOverflow)
        let (bounds, valueClass) = cell.withUnsafeBufferPointer { Self.classified($0, length: length, overflow: overflow) }
        // As frictionless does, a row of spaces is not blank: only rows of truly empty cells are.
        if cellLength > 0 || cellOverflow { recordIsBlank = false }
        if !headerDone {
            if cellIndex < limits.profiledColumns {
                headerCells.append(Array(cell[bounds]))
                headerClasses.append(valueClass)
            }
        } else {
            if dataRowCount == 0, cellIndex < limits.profiledColumns { firstRowClasses.append(valueClass) }
            if cellIndex < limits.profiledColumns {
                while statistics.count <= cellIndex { statistics.append(ColumnStatistics()) }
                if statistics[cellIndex].add(valueClass, line: recordLine) {
                    statistics[cellIndex].addExample(cell[bounds], of: valueClass)
                }
            }
            if valueClass != .empty {
                schema?.check(position: cellIndex, valueClass: valueClass, bytes: cell[bounds], line: recordLine)
            }
        }
        cellIndex += 1
        cellLength = 0
        cellOverflow = false
        state = .start
    }

    mutating func endRecord() {
        inRecord = false
        let cells = cellIndex
        if recordIsBlank {
            if headerDone {
                for index in 0..<min(cells, statistics.count) { statistics[index].removeEmpty() }
                if dataRowCount == 0 { firstRowClasses.removeAll() }
            } else {
                headerCells.removeAll()
                headerClasses.removeAll()
            }
            blankRow(at: recordLine)
            return
        }
        if cells == lastCellCount {
            lastCellCountRows += 1  // most rows repeat the previous count: one dictionary update per run
        } else {
            flushCellCount()
            lastCellCount = cells
            lastCellCountRows = 1
        }
        if !headerDone {
            headerDone = true
            headerLine = recordLine
            headerCount = cells
            schema?.header(headerCells.map { TextDecoding.string($0) }, line: recordLine)
            return
        }
        dataRowCount += 1
        if cells != headerCount {
            raggedRowCount += 1
            if raggedRows.count < limits.reportedRows { raggedRows.append(RaggedRow(line: recordLine, cellCount: cells)) }
        }
    }

    mutating func flushCellCount() {
        guard lastCellCountRows > 0 else { return }
        if histogram[lastCellCount] != nil || histogram.count < 256 { histogram[lastCellCount, default: 0] += lastCellCountRows }
        lastCellCountRows = 0
    }

    private mutating func blankRow(at line: Int) {
        blankRowCount += 1
        if blankRowLines.count < limits.reportedRows { blankRowLines.append(line) }
    }
}
