/// Finds e-mail addresses around an `@`.
enum EmailMatcher {
    private static func isLocal(_ byte: UInt8) -> Bool {
        Bytes.isAlphanumeric(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D
    }

    private static func isDomain(_ byte: UInt8) -> Bool { Bytes.isAlphanumeric(byte) || byte == 0x2E || byte == 0x2D }

    /// The address whose `@` is at `at`, masked as `a***@u***.fr`.
    static func match(_ piece: Piece, at: Int) -> PieceMatch? {
        var start = at
        while start > 0, isLocal(piece[start - 1]) { start -= 1 }
        while start < at, piece[start] == 0x2E { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < piece.count, isDomain(piece[end]) { end += 1 }
        while end > at + 1, piece[end - 1] == 0x2E || piece[end - 1] == 0x2D { end -= 1 }
        let domain = Array(piece[(at + 1)..<end])
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
            tld.allSatisfy({ Bytes.isUpper($0) || Bytes.isLower($0) }), let first = labels.first
        else { return nil }
        var masked: [UInt8] = [piece[start]] + Array("***@".utf8)
        masked += [first[first.startIndex]] + Array("***.".utf8) + Array(tld)
        let local = String(decoding: piece[start..<at], as: UTF8.self).lowercased()
        return PieceMatch(kind: .email, start: start, end: end, masked: String(decoding: masked, as: UTF8.self),
                          isRole: roleMailboxes.contains(local))
    }

    /// Mailboxes of a service or a team, not of a person (`contact@transport.data.gouv.fr`): they are
    /// published on purpose and identify no one, so they are not personal data.
    static let roleMailboxes: Set<String> = [
        "contact", "contacts", "info", "infos", "information", "informations", "support", "help", "helpdesk", "aide",
        "admin", "webmaster", "postmaster", "hostmaster", "abuse", "noreply", "no-reply", "no_reply", "ne-pas-repondre",
        "nepasrepondre", "secretariat", "accueil", "communication", "presse", "press", "media", "medias", "rgpd", "dpo",
        "gdpr", "privacy", "hello", "bonjour", "sales", "commercial", "service", "services", "direction", "rh",
        "recrutement", "jobs", "equipe", "team", "office", "bibliotheque", "library", "scolarite", "inscription",
        "inscriptions", "donnees", "data", "opendata", "open-data", "dataverse", "hal", "hal-support", "feedback",
    ]
}
