@testable import FairPackPackaging
import FairPackTestSupport
import Foundation
import Testing

/// A MUST rule of RO-Crate, with a crate folder that keeps it and one that breaks it.
struct CrateRuleCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let good: String
    let bad: String
    var goodFiles: [String: String] = ["survey.csv": BundleFixtures.table]
    var badFiles: [String: String] = ["survey.csv": BundleFixtures.table]
    var testDescription: String { rule }
}

@Suite("verify: each MUST rule on a crate folder, kept and broken")
struct CrateRuleCaseTests {
    typealias M = BundleFixtures
    static let size = BundleFixtures.table.utf8.count

    static let cases: [CrateRuleCase] = [
        CrateRuleCase(rule: "crate.json", good: M.metadata(), bad: String(M.metadata().dropLast(4))),
        CrateRuleCase(rule: "crate.graph", good: M.metadata(),
                      bad: ##"{"@context": "https://w3id.org/ro/crate/1.2/context", "@id": "./", "name": "Survey"}"##),
        CrateRuleCase(rule: "crate.context",
                      good: M.metadata(context: ##"["https://w3id.org/ro/crate/1.2/context", {"site": "https://example.org/site"}]"##),
                      bad: M.metadata(context: "\"https://w3id.org/ro/crate/1.1/context\"")),
        CrateRuleCase(rule: "crate.context.terms",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "site": "Poitiers""##,
                                       context: ##"["https://w3id.org/ro/crate/1.2/context", {"site": "https://example.org/site"}]"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "site": "Poitiers""##)),
        CrateRuleCase(rule: "crate.context.terms",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "dct:spatial": "Poitiers""##,
                                       context: ##"["https://w3id.org/ro/crate/1.2/context", {"dct": "http://purl.org/dc/terms/"}]"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "http://purl.org/dc/terms/spatial": "Poitiers""##)),
        CrateRuleCase(rule: "crate.flattened",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "author": {"@id": "#ana"}"##,
                                       entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "#ana", "@type": "Person", "name": "Ana"}"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "author": {"@id": "#ana", "@type": "Person", "name": "Ana"}"##)),
        CrateRuleCase(rule: "crate.entity.id", good: M.metadata(),
                      bad: M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@type": "Person", "name": "Ana"}"##)),
        CrateRuleCase(rule: "crate.entity.type", good: M.metadata(),
                      bad: M.metadata(entities: ##", {"@id": "survey.csv", "name": "Survey"}"##)),
        CrateRuleCase(rule: "crate.id.unique", good: M.metadata(),
                      bad: M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "survey.csv", "@type": "File"}"##)),
        CrateRuleCase(rule: "crate.id.valid",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "field%20survey.csv"}]"##,
                                       entities: ##", {"@id": "field%20survey.csv", "@type": "File"}"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "field survey.csv"}]"##,
                                      entities: ##", {"@id": "field survey.csv", "@type": "File"}"##),
                      goodFiles: ["field survey.csv": M.table], badFiles: ["field survey.csv": M.table]),
        CrateRuleCase(rule: "crate.descriptor", good: M.metadata(),
                      bad: M.metadata().replacingOccurrences(of: ##""about": {"@id": "./"},"##, with: "")),
        CrateRuleCase(rule: "crate.root", good: M.metadata(),
                      bad: M.metadata().replacingOccurrences(of: ##""@id": "./", "@type": "Dataset""##, with: ##""@id": "./", "@type": "CreativeWork""##)),
        CrateRuleCase(rule: "crate.root.properties", good: M.metadata(),
                      bad: M.metadata().replacingOccurrences(of: ##", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}"##, with: "")),
        CrateRuleCase(rule: "crate.root.profiles",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "conformsTo": {"@id": "https://w3id.org/ro/wfrun/process/0.5"}"##,
                                       entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "https://w3id.org/ro/wfrun/process/0.5", "@type": "Profile", "name": "Process Run Crate"}"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "conformsTo": {"@id": "https://w3id.org/ro/wfrun/process/0.5"}"##)),
        CrateRuleCase(rule: "crate.date", good: M.metadata(datePublished: "2024-05-17T10:11:12+02:00"),
                      bad: M.metadata(datePublished: "17/05/2024")),
        CrateRuleCase(rule: "crate.data-entity.exists", good: M.metadata(), bad: M.metadata(), badFiles: [:]),
        CrateRuleCase(rule: "crate.haspart", good: M.metadata(), bad: M.metadata(root: "")),
        CrateRuleCase(rule: "crate.contextual.properties",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "mentions": {"@id": "#r"}"##,
                                       entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "#r", "@type": "SoftwareApplication", "name": "R", "url": "https://www.r-project.org", "version": "4.4"}"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "mentions": {"@id": "#r"}"##,
                                      entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "#r", "@type": "SoftwareApplication", "name": "R"}"##)),
        CrateRuleCase(rule: "crate.subject-keywords",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "keywords": "school""##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "dct:subject": "school""##,
                                      context: ##"["https://w3id.org/ro/crate/1.2/context", {"dct": "http://purl.org/dc/terms/"}]"##)),
        CrateRuleCase(rule: "crate.root.profiles",
                      good: M.metadata(),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "conformsTo": {"@id": "https://w3id.org/ro/crate"}"##,
                                      entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "https://w3id.org/ro/crate", "@type": "Profile", "name": "RO-Crate"}"##)),
        CrateRuleCase(rule: "crate.contextual.properties",
                      good: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}, {"@id": "map.png"}], "thumbnail": {"@id": "map.png"}"##,
                                       entities: ##", {"@id": "survey.csv", "@type": "File"}, {"@id": "map.png", "@type": "File"}"##),
                      bad: M.metadata(root: ##", "hasPart": [{"@id": "survey.csv"}], "thumbnail": {"@id": "https://example.org/map.png"}"##),
                      goodFiles: ["survey.csv": M.table, "map.png": "\u{89}PNG"]),
        CrateRuleCase(rule: "crate.preview", good: M.metadata(), bad: M.metadata(),
                      goodFiles: ["survey.csv": M.table, "ro-crate-preview.html": "<!DOCTYPE html>\n<html><body>Survey</body></html>\n"],
                      badFiles: ["survey.csv": M.table, "ro-crate-preview.html": "<html><body>Survey</body></html>\n"]),
        CrateRuleCase(rule: "crate.data-entity.fixity",
                      good: M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File", "contentSize": "\##(size)"}"##),
                      bad: M.metadata(entities: ##", {"@id": "survey.csv", "@type": "File", "contentSize": "\##(size + 1)"}"##)),
    ]

    @Test("the kept crate verifies; the broken one fails with the rule as an error", arguments: cases)
    func rule(_ example: CrateRuleCase) throws {
        let folder = try TemporaryFolder()
        let good = try BundleFixtures.crate("good", in: folder, metadata: example.good, files: example.goodFiles)
        let kept = try BundleVerifier.verify(good)
        #expect(kept.verifies, "\(kept.result.findings.map { "\($0.rule): \($0.message)" })")
        #expect(kept.layout.crateRoot == "")
        let bad = try BundleFixtures.crate("bad", in: folder, metadata: example.bad, files: example.badFiles)
        let broken = try BundleVerifier.verify(bad)
        #expect(!broken.verifies)
        #expect(broken.result.findings.contains { $0.rule == example.rule && $0.severity == .error },
                "\(broken.result.findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test("a context that cannot be read offline is a warning, shown at the recommended level, never fetched")
    func unknownContext() throws {
        let folder = try TemporaryFolder()
        let metadata = BundleFixtures.metadata(context: ##"["https://w3id.org/ro/crate/1.2/context", "https://example.org/extra-context"]"##)
        let crate = try BundleFixtures.crate("crate", in: folder, metadata: metadata)
        #expect(try BundleVerifier.verify(crate).result.findings.isEmpty)
        let recommended = try BundleVerifier.verify(crate, options: .init(level: .recommended))
        #expect(recommended.verifies)
        #expect(recommended.result.findings.contains { $0.rule == "crate.context.unknown" && $0.severity == .warning })
    }
}
