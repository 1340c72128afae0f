import Foundation

/// A calendar date written as ISO 8601: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full date and
/// time (`YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`), whose date part is kept.
public struct ISODate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, when given.
    public let month: Int?
    /// The day, when given.
    public let day: Int?

    /// Parses a date; nil when the text is not ISO 8601 or names a day that does not exist.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        var datePart = Substring(text)
        if let separator = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            guard Self.isTime(text[text.index(after: separator)...]) else { return nil }
            datePart = text[..<separator]
        }
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, let year = Int(fields[0]) else { return nil }
        var month: Int?
        var day: Int?
        if fields.count >= 2 {
            guard fields[1].count == 2, let value = Int(fields[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if fields.count == 3, let month {
            guard fields[2].count == 2, let value = Int(fields[2]),
                  (1...Self.daysIn(month: month, year: year)).contains(value) else { return nil }
            day = value
        }
        if datePart.count < text.count, day == nil { return nil }
        guard fields.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Orders by the first day each date can mean (`2020` is before `2020-01-02`).
    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month ?? 1, lhs.day ?? 1) < (rhs.year, rhs.month ?? 1, rhs.day ?? 1)
    }

    /// The date in ISO form, as precise as it was written.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isTime(_ text: Substring) -> Bool {
        var clock = text
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: sign)...].split(separator: ":")
            guard zone.count <= 2, zone.allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return false }
            clock = clock[..<sign]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), let minute = Int(parts[1]),
              parts[0].count == 2, parts[1].count == 2, (0...23).contains(hour), (0...59).contains(minute) else {
            return false
        }
        if parts.count == 3 {
            let seconds = parts[2].split(separator: ".", maxSplits: 1)
            guard let first = seconds.first, first.count == 2, let value = Int(first), (0...60).contains(value) else {
                return false
            }
        }
        return true
    }
}
