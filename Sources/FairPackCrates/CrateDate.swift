import Foundation

/// ISO 8601 dates and date-times as RO-Crate uses them (`2024`, `2024-05`, `2024-05-17`,
/// `2024-05-17T10:00:00.123+02:00`, basic forms, week and ordinal dates).
enum CrateDate {
    /// How precise a valid ISO 8601 value is.
    enum Precision: Int, Comparable {
        case year, month, day

        static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private static let pattern: NSRegularExpression? = {
        let year = #"[+-]?\d{4}"#
        let month = #"(0[1-9]|1[0-2])"#
        let day = #"(0[1-9]|[12]\d|3[01])"#
        let date = "(?<date>\(year)(-\(month)(-\(day))?|\(month)\(day)|-?W([0-4]\\d|5[0-3])(-?[1-7])?|-?(00[1-9]|0[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-6]))?)"
        let time = #"([01]\d|2[0-3])(:?[0-5]\d(:?([0-5]\d|60)([.,]\d+)?)?)?|24(:?00(:?00([.,]0+)?)?)?"#
        let zone = #"(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)"#
        return try? NSRegularExpression(pattern: "^\(date)([T ](\(time))\(zone)?)?$")
    }()

    /// The precision of an ISO 8601 value, or nil when it is not one.
    static func precision(of text: String) -> Precision? {
        guard let pattern,
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        else { return nil }
        let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init) ?? text
        let unsigned = datePart.drop { $0 == "+" || $0 == "-" }
        if unsigned.contains("W") || unsigned.count >= 7 && !unsigned.contains("-") { return .day }
        let pieces = unsigned.split(separator: "-")
        switch pieces.count {
        case 1: return unsigned.count >= 8 ? .day : .year
        case 2: return pieces[1].count == 3 ? .day : .month
        default: return .day
        }
    }
}
