/// What `fairpack init` could learn about a deposit from its folder, before anyone wrote a
/// `deposit.yaml`: every value is nil or empty when nothing could be inferred, and the text
/// (``yaml(name:today:)``) then carries a `# TODO` line for it.
public struct DepositDraft: Sendable, Equatable {
    /// An author read from CITATION.cff, codemeta.json or .zenodo.json.
    public struct Author: Sendable, Equatable {
        /// "Family, Given" for a person; an organisation's name when ``isOrganisation``.
        public var name: String
        /// The ORCID iD, hyphenated (`0000-0002-1825-0097`), when given and valid.
        public var orcid: String?
        /// The affiliation's name, when given.
        public var affiliation: String?
        /// The e-mail address, when given.
        public var email: String?
        /// True for an organisation as author (it needs no ORCID iD).
        public var isOrganisation: Bool

        /// Creates an author.
        public init(name: String, orcid: String? = nil, affiliation: String? = nil, email: String? = nil,
                    isOrganisation: Bool = false) {
            self.name = name
            self.orcid = orcid
            self.affiliation = affiliation
            self.email = email
            self.isOrganisation = isOrganisation
        }
    }

    /// A PDF, proposed as a deliverable for HAL.
    public struct Deliverable: Sendable, Equatable {
        /// Its path relative to the deposit root.
        public var path: String
        /// The title the PDF gives itself (Info dictionary, else XMP), when it has one.
        public var title: String?

        /// Creates a deliverable.
        public init(path: String, title: String? = nil) {
            self.path = path
            self.title = title
        }
    }

    /// The title, from the README's first heading.
    public var title: String?
    /// Where the title was found (`README.md`).
    public var titleSource: String?
    /// The description (abstract), from a citation file.
    public var description: String?
    /// The keywords, from a citation file.
    public var keywords: [String] = []
    /// The citation file the description and keywords come from.
    public var workSource: String?
    /// The SPDX id of the licence stated in the licence file (else the README, else a citation file).
    public var licence: String?
    /// The file that states it.
    public var licenceSource: String?
    /// The ISO 639-1 code of the README's language.
    public var language: String?
    /// The authors, from the first citation file that lists some.
    public var authors: [Author] = []
    /// The citation file the authors come from.
    public var authorsSource: String?
    /// The PDFs, in path order.
    public var deliverables: [Deliverable] = []
    /// The data files (tables, structured data, scientific formats), in path order.
    public var dataFiles: [String] = []
    /// A machine-actionable DMP (JSON named after a DMP), when there is one.
    public var dmp: String?

    /// Creates an empty draft.
    public init() {}

    /// The text of the `deposit.yaml` to write for a deposit whose folder is named `name`,
    /// dated `today` (YYYY-MM-DD): inferred values as they are, `# TODO` lines for the rest.
    public func yaml(name: String, today: String) -> String {
        var lines = [
            "# Metadata of this deposit, read by fairpack (`fairpack explain` tells what each rule wants).",
            "# Written by `fairpack init` from the folder's files: fill in every line marked TODO.",
        ]
        if let title {
            lines.append("title: \(Self.quoted(title))" + (titleSource.map { "   # from \($0)" } ?? ""))
        } else {
            lines.append("title: \"\"                      # TODO: the full title, e.g. \(Self.quoted(name + ": interviews with teachers, 2021"))")
        }
        if let description {
            lines.append("description: \(Self.quoted(description))" + (workSource.map { "   # from \($0)" } ?? ""))
        } else {
            lines.append("description: \"\"                # TODO: a paragraph: what the deposit holds, how it was produced, how to reuse it")
        }
        if let licence {
            lines.append("licence: \(Self.quoted(licence))" + (licenceSource.map { "   # stated in \($0)" } ?? ""))
        } else {
            lines.append("licence: \"\"                    # TODO: an SPDX id: etalab-2.0, CC-BY-4.0, CC0-1.0, ODbL-1.0, …")
        }
        if let language {
            lines.append("language: \(language)")
        } else {
            lines.append("language: \"\"                   # TODO: ISO 639-1 code of the main language (fr, en, …)")
        }
        if keywords.isEmpty {
            lines.append("keywords: []                   # TODO: at least three, e.g. [numérique éducatif, entretiens, innovation]")
        } else {
            lines.append("keywords: [\(keywords.map(Self.quoted).joined(separator: ", "))]" + (workSource.map { "   # from \($0)" } ?? ""))
        }
        lines += [
            "subjects: []                   # TODO: from Dataverse's list, e.g. [Social Sciences]",
            "dates:",
            "  created: \(today)             # TODO: when the data were first made, if not today",
        ]
        lines += authorLines()
        lines += [
            "contact: { name: \"\", email: \"\" }   # TODO: who answers questions about the deposit",
            "# publisher: { name: \"\", ror: \"\" }",
            "# funding: [{ funder: \"\", award: \"\" }]",
            "# related: [{ id: hal-00000000, relation: IsSupplementTo }]",
        ]
        lines += deliverableLines()
        lines += fileLines()
        if let dmp { lines.append("dmp: \(Self.quoted(dmp))") }
        lines += [
            "profiles: [fair-core]",
            "exclude: []                    # globs neither audited nor packed, e.g. [\"drafts/**\", \"*.tmp\"]",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func authorLines() -> [String] {
        guard !authors.isEmpty else {
            return [
                "authors:",
                "  - name: \"\"                   # TODO: \"Family, Given\"",
                "    orcid: \"\"                  # TODO: 0000-0000-0000-000X",
                "    affiliation: { name: \"\", ror: \"\" }   # TODO: the laboratory and its ROR id",
                "  # - { organization: \"\", ror: \"\" }   # an organisation as author needs no ORCID iD",
            ]
        }
        var lines = ["authors:" + (authorsSource.map { "                       # from \($0)" } ?? "")]
        for author in authors {
            if author.isOrganisation {
                lines.append("  - organization: \(Self.quoted(author.name))")
                lines.append("    ror: \"\"                    # TODO: the organisation's ROR id")
                continue
            }
            lines.append("  - name: \(Self.quoted(author.name))")
            if let orcid = author.orcid {
                lines.append("    orcid: \(Self.quoted(orcid))")
            } else {
                lines.append("    orcid: \"\"                  # TODO: 0000-0000-0000-000X")
            }
            if let affiliation = author.affiliation {
                lines.append("    affiliation: { name: \(Self.quoted(affiliation)), ror: \"\" }   # TODO: the ROR id")
            } else {
                lines.append("    affiliation: { name: \"\", ror: \"\" }   # TODO: the laboratory and its ROR id")
            }
            if let email = author.email { lines.append("    email: \(Self.quoted(email))") }
        }
        return lines
    }

    private func deliverableLines() -> [String] {
        guard !deliverables.isEmpty else {
            return ["# deliverables: [{ path: deliverables/report.pdf, type: REPORT, domain: shs.edu, language: fr, title: \"\" }]"]
        }
        var lines = ["deliverables:"]
        for deliverable in deliverables {
            lines.append("  - path: \(Self.quoted(deliverable.path))")
            if let title = deliverable.title {
                lines.append("    title: \(Self.quoted(title))")
            } else {
                lines.append("    title: \"\"                  # TODO: the document's title (the PDF gives none)")
            }
            lines.append("    type: \"\"                   # TODO: HAL document type: REPORT, ART, COMM, OUV, …")
            lines.append("    domain: \"\"                 # TODO: HAL domain, e.g. shs.edu")
            if let language { lines.append("    language: \(language)") }
        }
        return lines
    }

    private func fileLines() -> [String] {
        guard !dataFiles.isEmpty else {
            return ["# files: [{ path: data/table.csv, description: \"\", personal-data: none }]   # a file, a folder (code/) or a glob (code/**/*.py)"]
        }
        var lines = ["files:"]
        for path in dataFiles {
            lines.append("  - path: \(Self.quoted(path))")
            lines.append("    description: \"\"            # TODO: what the file holds and how it was made")
        }
        return lines
    }

    /// `text` as a double-quoted YAML scalar, with backslashes, quotes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16).uppercased()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
