/// A kind of personal data the ``PersonalDataScanner`` finds.
public enum PersonalDataKind: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// An e-mail address.
    case email
    /// A phone number (French national, +33/0033, or international +CC with 8–15 digits).
    case phone
    /// A French social security number (NIR) whose key matches.
    case nir
    /// Something shaped like a NIR whose key does not match: probably a NIR with a typo, or an identifier.
    case nirWithWrongKey
    /// An IBAN whose check digits are right.
    case iban
    /// Something shaped like an IBAN of a known country whose check digits are wrong.
    case ibanWithWrongChecksum
    /// A table column whose name says it holds people's names (nom, prénom, surname…).
    case nameColumn

    /// Orders kinds as declared.
    public static func < (lhs: PersonalDataKind, rhs: PersonalDataKind) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }

    /// A short name for people: `e-mail address`, `phone number`…
    public var label: String {
        switch self {
        case .email: "e-mail address"
        case .phone: "phone number"
        case .nir: "French social security number (NIR)"
        case .nirWithWrongKey: "number shaped like a NIR (key does not match)"
        case .iban: "IBAN"
        case .ibanWithWrongChecksum: "number shaped like an IBAN (check digits do not match)"
        case .nameColumn: "column of people's names"
        }
    }
}

/// One piece of personal data found in a file. It holds only a masked form of the value, never the value.
public struct PersonalDataHit: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// What was found.
    public var kind: PersonalDataKind
    /// Where it starts: physical line and character column, both 1-based. For ``PersonalDataKind/nameColumn``
    /// the column is the table column number.
    public var position: TextPosition
    /// The value with most characters replaced by `*` (`a***@u***.fr`, `+33 6** ** ** 78`); for a name column, the
    /// column's name.
    public var maskedValue: String

    /// Creates a hit; `maskedValue` must already be masked.
    public init(kind: PersonalDataKind, position: TextPosition, maskedValue: String) {
        self.kind = kind
        self.position = position
        self.maskedValue = maskedValue
    }

    /// `e-mail address a***@u***.fr at line 3, column 7`.
    public var description: String { "\(kind.label) \(maskedValue) at \(position)" }
}

/// Everything the ``PersonalDataScanner`` found in one file.
public struct PersonalDataReport: Sendable, Equatable {
    /// The first hits of each kind (up to the scanner's limit per kind), in file order.
    public var hits: [PersonalDataHit]
    /// How many hits of each kind there are in all, kept or not.
    public var counts: [PersonalDataKind: Int]

    /// Creates a report.
    public init(hits: [PersonalDataHit], counts: [PersonalDataKind: Int]) {
        self.hits = hits
        self.counts = counts
    }

    /// True when nothing was found.
    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }

    /// The hits of one kind.
    public func hits(of kind: PersonalDataKind) -> [PersonalDataHit] { hits.filter { $0.kind == kind } }
}
