import Foundation

/// Sizes for people: `1.2 MB` (decimal units, as file managers show them).
public enum ByteCount {
    /// Formats a byte count with one decimal above a kilobyte.
    public static func format(_ bytes: UInt64) -> String {
        if bytes < 1000 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        let units = ["kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
