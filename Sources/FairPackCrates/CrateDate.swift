/// ISO 8601 dates and date-times as RO-Crate uses them (`2024`, `2024-05`, `2024-05-17`,
/// `2024-05-17T10:00:00.123+02:00`, basic forms, week and ordinal dates).
///
/// A small scanner over the bytes: no regular expression, nothing allocated that outlives a call.
enum CrateDate {
    /// How precise a valid ISO 8601 value is.
    enum Precision: Int, Comparable {
        case year, month, day

        static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The precision of an ISO 8601 value, or nil when it is not one.
    static func precision(of text: String) -> Precision? {
        var scanner = DateScanner(Array(text.utf8))
        return scanner.dateTime()
    }
}

/// Reads one ISO 8601 date with an optional time and zone, left to right.
private struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The whole text as `date [(T| ) time [zone]]`, or nil.
    mutating func dateTime() -> CrateDate.Precision? {
        guard let precision = date() else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") {
            index += 1
            guard time() else { return nil }
            if index < bytes.count { guard zone() else { return nil } }
        }
        return index == bytes.count ? precision : nil
    }

    /// `±YYYY`, then `-MM[-DD]`, `MMDD`, `[-]Www[[-]D]` or `[-]DDD`.
    private mutating func date() -> CrateDate.Precision? {
        if peek("+") || peek("-") { index += 1 }
        guard number(digits: 4) != nil else { return nil }
        let afterYear = index
        if take("-") {
            if let month = number(digits: 2) {
                if bytes.count > index, isDigit(bytes[index]) {
                    // `YYYY-DDD`: an ordinal date.
                    index = afterYear + 1
                    return ordinal() ? .day : nil
                }
                guard (1...12).contains(month) else { return nil }
                guard take("-") else { return .month }
                guard let day = number(digits: 2), (1...31).contains(day) else { return nil }
                return .day
            }
            return week() ? .day : nil
        }
        guard index < bytes.count else { return .year }
        if peek("W") { return week() ? .day : nil }
        guard isDigit(bytes[index]) else { return .year }
        let run = digitRun()
        if run == 4 {
            guard let month = number(digits: 2), (1...12).contains(month),
                let day = number(digits: 2), (1...31).contains(day) else { return nil }
            return .day
        }
        return run == 3 && ordinal() ? .day : nil
    }

    /// `Www` then an optional `[-]D`, weeks 01–53 and days 1–7.
    private mutating func week() -> Bool {
        guard take("W"), let week = number(digits: 2), (1...53).contains(week) else { return false }
        let beforeDay = index
        _ = take("-")
        if let day = number(digits: 1) { return (1...7).contains(day) }
        index = beforeDay
        return true
    }

    /// Three digits from 001 to 366.
    private mutating func ordinal() -> Bool {
        guard let day = number(digits: 3) else { return false }
        return (1...366).contains(day)
    }

    /// `hh[[:]mm[[:]ss[(.|,)f+]]]` with hours 00–23, or `24[[:]00[[:]00[(.|,)0+]]]`.
    private mutating func time() -> Bool {
        guard let hour = number(digits: 2), hour <= 24 else { return false }
        let midnight = hour == 24
        guard let minute = optionalPart() else { return true }
        guard minute <= 59, !midnight || minute == 0 else { return false }
        guard let second = optionalPart() else { return true }
        guard second <= 60, !midnight || second == 0 else { return false }
        if take(".") || take(",") {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) {
                if midnight && bytes[index] != UInt8(ascii: "0") { return false }
                index += 1
            }
            return index > start
        }
        return true
    }

    /// `Z`, or `±hh[[:]mm]` with hours 00–23 and minutes 00–59.
    private mutating func zone() -> Bool {
        if take("Z") { return true }
        guard take("+") || take("-"), let hour = number(digits: 2), hour <= 23 else { return false }
        guard let minute = optionalPart() else { return true }
        return minute <= 59
    }

    /// An optional `[:]NN` part: its value, or nil (with nothing consumed) when absent.
    private mutating func optionalPart() -> Int? {
        let start = index
        _ = take(":")
        if let value = number(digits: 2) { return value }
        index = start
        return nil
    }

    /// Exactly `digits` ASCII digits, consumed; nil (nothing consumed) otherwise.
    private mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    /// How many digits follow, without consuming them.
    private func digitRun() -> Int {
        var end = index
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end - index
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek(_ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek(character) else { return false }
        index += 1
        return true
    }
}
