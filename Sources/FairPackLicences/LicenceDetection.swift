/// A licence found in a text.
public struct LicenceDetection: Sendable, Hashable {
    /// The SPDX id found (or the catalogue id, `etalab-1.0`). For an ``Kind/alteredText`` it is
    /// the closest licence, which the text is not.
    public let licenceId: String
    /// How the licence was stated.
    public let kind: Kind
    /// 0...1: how sure the detector is. For texts, the similarity with the official text.
    public let confidence: Double
    /// The 1-based line where the statement starts.
    public let line: Int

    /// The catalogue entry for ``licenceId``, when the catalogue has one.
    public var licence: Licence? { LicenceCatalogue.licence(id: licenceId) }
    /// Whether the text claims to be a licence but differs from it: never treat as that licence.
    public var isAltered: Bool { kind == .alteredText }

    /// How a licence was stated.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The licence's full text, as published (formatting, title and copyright lines aside).
        case fullText
        /// A recognisable part of the text only (e.g. the GPL preamble, a truncated copy).
        case partialText
        /// A text close to the licence but changed: ``LicenceDetection/licenceId`` is the closest
        /// licence and ``LicenceDetection/confidence`` the similarity.
        case alteredText
        /// A sentence naming the licence ("distributed under the MIT License").
        case notice
        /// An `SPDX-License-Identifier:` line.
        case identifier
        /// A link to the licence's page (creativecommons.org/licenses/by/4.0/).
        case url
    }

    /// Creates a detection.
    public init(licenceId: String, kind: Kind, confidence: Double, line: Int) {
        self.licenceId = licenceId
        self.kind = kind
        self.confidence = confidence
        self.line = line
    }
}

/// Everything found in one text, strongest statement first.
public struct LicenceFindings: Sendable, Hashable {
    /// Every licence statement, strongest first (texts, identifiers, notices, links), then by line.
    public let detections: [LicenceDetection]

    /// The statement that best says under which licence the text is, ignoring altered texts.
    public var primary: LicenceDetection? { detections.first { !$0.isAltered } }
    /// The altered texts found, if any: each names its closest licence.
    public var alterations: [LicenceDetection] { detections.filter(\.isAltered) }
    /// The distinct licence ids stated (altered texts excluded), in order of strength.
    public var licenceIds: [String] {
        var seen = Set<String>()
        return detections.filter { !$0.isAltered && seen.insert($0.licenceId).inserted }.map(\.licenceId)
    }
    /// Whether nothing at all was found.
    public var isEmpty: Bool { detections.isEmpty }

    /// Creates findings from detections, sorting them strongest first.
    public init(detections: [LicenceDetection]) {
        let rank: [LicenceDetection.Kind: Int] = [.fullText: 0, .alteredText: 1, .identifier: 2, .partialText: 3, .notice: 4, .url: 5]
        self.detections = detections.sorted {
            (rank[$0.kind] ?? 9, $0.line, -$0.confidence) < (rank[$1.kind] ?? 9, $1.line, -$1.confidence)
        }
    }
}
