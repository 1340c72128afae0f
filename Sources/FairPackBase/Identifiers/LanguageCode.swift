import Foundation

/// An ISO 639-1 language code (`fr`, `en`), as HAL and RO-Crate expect.
public struct LanguageCode: Sendable, Hashable, CustomStringConvertible {
    /// The two-letter code, lower case.
    public let code: String

    /// Accepts a known two-letter code, in any case; nil otherwise.
    public init?(_ text: String) {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.table.byCode[lowered] != nil else { return nil }
        code = lowered
    }

    /// The English name of the language.
    public var name: String { Self.table.byCode[code]?.name ?? code }

    /// The code.
    public var description: String { code }

    /// The two-letter code meant by an ISO 639-3/639-2 code or an English name (`fra`, `French`), if any.
    public static func suggestion(for text: String) -> String? {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let code = table.byOther[lowered] { return code }
        return nil
    }

    private struct Table {
        var byCode: [String: (alpha3: String, name: String)] = [:]
        var byOther: [String: String] = [:]
    }

    private static let table: Table = {
        var table = Table()
        for row in BundledTable.rows("iso639-1") where row.count >= 3 {
            table.byCode[row[0]] = (row[1], row[2])
            table.byOther[row[1]] = row[0]
            table.byOther[row[2].lowercased()] = row[0]
        }
        // ISO 639-2/B codes and French names people often write.
        for (other, code) in ["fre": "fr", "ger": "de", "dut": "nl", "chi": "zh", "français": "fr",
                              "francais": "fr", "anglais": "en", "allemand": "de", "espagnol": "es",
                              "italien": "it"] {
            table.byOther[other] = code
        }
        return table
    }()
}
