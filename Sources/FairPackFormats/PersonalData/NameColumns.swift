/// Recognises table columns whose names say they hold people's names.
public enum NameColumns {
    /// Hits for the header cells named like `nom`, `Prénom`, `first_name`, `Family-Name`, `nom de famille`…
    ///
    /// Names are compared ignoring case, accents, `_`, `-` and spaces.
    /// - Parameters:
    ///   - header: the header cells, in order.
    ///   - line: the physical line of the header.
    public static func hits(in header: [String], line: Int) -> [PersonalDataHit] {
        header.enumerated().compactMap { index, name in
            guard names.contains(folded(name)) else { return nil }
            return PersonalDataHit(kind: .nameColumn, position: TextPosition(line: line, column: index + 1), maskedValue: name)
        }
    }

    /// True when a column name says the column holds people's names.
    public static func isNameColumn(_ name: String) -> Bool { names.contains(folded(name)) }

    private static let names: Set<String> = [
        "nom", "prenom", "prenoms", "name", "firstname", "lastname", "surname", "givenname", "familyname",
        "fullname", "nomdefamille", "nomcomplet", "nomprenom", "prenomnom", "nomdenaissance", "nomdusage",
        "forename", "middlename",
    ]

    /// Lower case, accents removed, separators dropped: `Prénom_` → `prenom`.
    private static func folded(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().decomposedScalars where !separators.contains(scalar) {
            if (0x300...0x36F).contains(scalar.value) { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static let separators: Set<Unicode.Scalar> = [" ", "_", "-", ".", "\t"]
}

extension String {
    /// Canonical decomposition without Foundation: only the Latin letters with accents French and its
    /// neighbours use are decomposed, which is all column-name matching needs.
    fileprivate var decomposedScalars: [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in unicodeScalars {
            if let base = Self.latinBase[scalar] { scalars.append(base) } else { scalars.append(scalar) }
        }
        return scalars
    }

    private static let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäå"), ("c", "ç"), ("e", "èéêë"), ("i", "ìíîï"), ("n", "ñ"), ("o", "òóôõö"),
            ("u", "ùúûü"), ("y", "ýÿ"),
        ]
        for (base, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = base } }
        return table
    }()
}
