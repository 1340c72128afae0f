/// One licence statement found in a licence file or a README: a plain value, so that checks
/// and reports read it without knowing the licence engine.
public struct LicenceStatement: Sendable, Equatable {
    /// How the licence was stated.
    public enum Kind: String, Sendable, CaseIterable {
        /// The licence's full text, as published.
        case fullText
        /// A recognisable part of the text only.
        case partialText
        /// A text close to the licence but changed; ``LicenceStatement/spdx`` is the closest licence.
        case alteredText
        /// A sentence naming the licence ("distributed under the MIT License").
        case notice
        /// An `SPDX-License-Identifier:` line.
        case identifier
        /// A link to the licence's page.
        case url

        /// The kind as reports name it: `full` for texts (altered ones too), `notice`, or `mention`
        /// for identifiers and links.
        public var reportName: String {
            switch self {
            case .fullText, .partialText, .alteredText: return "full"
            case .notice: return "notice"
            case .identifier, .url: return "mention"
            }
        }
    }

    /// The SPDX id stated; for an altered text, the closest licence, which the text is not.
    public var spdx: String
    /// How it was stated.
    public var kind: Kind
    /// 0...1: how sure the detection is; for texts, the similarity with the official text.
    public var confidence: Double
    /// The 1-based line where the statement starts.
    public var line: Int

    /// Creates a statement.
    public init(spdx: String, kind: Kind, confidence: Double, line: Int) {
        self.spdx = spdx
        self.kind = kind
        self.confidence = confidence
        self.line = line
    }

    /// Whether the text resembles a licence but was changed: never count it as that licence.
    public var isAltered: Bool { kind == .alteredText }
    /// For an altered text, the licence it is closest to.
    public var closestId: String? { isAltered ? spdx : nil }
    /// Whether the statement is (part of) a licence's text rather than a mention of it.
    public var isText: Bool { kind == .fullText || kind == .partialText }
}

/// What the one read of a licence file or README taught about licences.
public struct LicenceFacts: Sendable, Equatable {
    /// Every statement, strongest first (texts, identifiers, notices, links).
    public var statements: [LicenceStatement]
    /// In a README: the 1-based line naming the producer or authors ("Producteur : …"), if any.
    public var producerLine: Int?
    /// In a README: the 1-based line giving the date of last update ("Mise à jour : 2024-03-12"), if any.
    public var updateLine: Int?

    /// Creates the facts.
    public init(statements: [LicenceStatement], producerLine: Int? = nil, updateLine: Int? = nil) {
        self.statements = statements
        self.producerLine = producerLine
        self.updateLine = updateLine
    }

    /// The statement that best says which licence applies (altered texts never count).
    public var primary: LicenceStatement? { statements.first { !$0.isAltered } }
    /// The altered licence texts found.
    public var alterations: [LicenceStatement] { statements.filter(\.isAltered) }

    /// Whether `path` names a licence file: LICENSE, LICENCE or COPYING (any case, at any depth),
    /// bare or with a `.md` or `.txt` extension, optionally with a suffix (`LICENSE-data.txt`).
    public static func isLicenceFile(_ path: String) -> Bool {
        let name = Self.name(of: path).lowercased()
        let stem: Substring
        if name.hasSuffix(".md") { stem = name.dropLast(3) } else if name.hasSuffix(".txt") { stem = name.dropLast(4) } else {
            guard !name.contains(".") else { return false }
            stem = Substring(name)
        }
        return ["license", "licence", "copying"].contains { stem.hasPrefix($0) }
    }

    /// Whether `path` is a licence file at the deposit's root.
    public static func isRootLicenceFile(_ path: String) -> Bool {
        !path.contains("/") && isLicenceFile(path)
    }

    /// Whether `path` is a README or NOTICE at the deposit's root, where a licence is usually stated.
    public static func isRootReadme(_ path: String) -> Bool {
        guard !path.contains("/") else { return false }
        let name = path.lowercased()
        return name.hasPrefix("readme") || name.hasPrefix("notice")
    }

    /// Whether `path` is a README (not NOTICE) at the deposit's root.
    public static func isRootReadmeOnly(_ path: String) -> Bool {
        !path.contains("/") && path.lowercased().hasPrefix("readme")
    }

    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
