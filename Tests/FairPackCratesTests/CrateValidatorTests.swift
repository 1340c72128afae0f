import Foundation
import Testing
@testable import FairPackCrates

@Suite("RO-Crate rules")
struct CrateValidatorTests {
    @Test("Each sample crate passes or breaks exactly the rule it is built for", arguments: CrateSamples.all)
    func sample(_ sample: CrateSample) {
        let findings = sample.findings()
        if let rule = sample.broken {
            #expect(findings.contains { $0.rule == rule && $0.severity == .error }, "\(findings)")
        } else {
            #expect(findings.isEmpty, "\(findings)")
        }
    }

    @Test("Every MUST rule has a failing sample and a spec sentence")
    func coverage() {
        let covered = Set(CrateSamples.all.compactMap(\.broken))
        // Tested below with payload sizes and digests, manifests or archive names the samples do not carry.
        let untested: Set<CrateRule> = [.bagitManifest, .elnFolder, .rootProfiles, .bagitFetch, .contextUnknown, .fixity, .preview]
        for rule in CrateRule.allCases where rule.severity == .error && !untested.contains(rule) {
            #expect(covered.contains(rule), "no failing sample for \(rule.rawValue)")
        }
        #expect(CrateRule.allCases.allSatisfy { rule in ["MUST", "SHOULD", "RECOMMENDED"].contains { rule.specText.uppercased().contains($0) } || rule == .elnFolder || rule == .fixity })
    }

    @Test("The version comes from conformsTo, with or without slash or -DRAFT")
    func versions() {
        #expect(CrateVersion(specification: "https://w3id.org/ro/crate/1.1") == .v1_1)
        #expect(CrateVersion(specification: "https://w3id.org/ro/crate/1.2/") == .v1_2)
        #expect(CrateVersion(specification: "https://w3id.org/ro/crate/1.3-DRAFT") == .v1_3)
        #expect(CrateVersion(specification: "https://w3id.org/workflowhub/workflow-ro-crate/1.0") == nil)
        #expect(CrateVersion.v1_2.contextURL == "https://w3id.org/ro/crate/1.2/context")
        let sample = CrateSamples.all.first { $0.name == "valid-1.1" }
        #expect(sample?.document.version == .v1_1)
    }

    @Test("1.1 only recommends its context, 1.2 requires it")
    func contextStrength() {
        let old = CrateDocument(data: Data(CrateSample.crate(version: "1.1", context: "\"https://w3id.org/ro/crate/1.2/context\"").utf8))
        let found = CrateValidator.validate(old, payload: nil, level: .recommended).filter { $0.rule == .context }
        #expect(found.map(\.severity) == [.warning])
        #expect(CrateValidator.validate(old, payload: nil, level: .required).isEmpty)
    }

    @Test("Findings carry the entity and a JSON pointer")
    func location() throws {
        let sample = try #require(CrateSamples.all.first { $0.name == "nested-entity" })
        let finding = try #require(sample.findings().first { $0.rule == .flattened })
        #expect(finding.entityID == "./")
        #expect(finding.pointer == "/@graph/1/author")
        let missing = try #require(CrateSamples.all.first { $0.name == "file-absent" }?.findings().first)
        #expect(missing.rule == .dataEntityExists && missing.pointer == "/@graph/2" && missing.entityID == "data.csv")
    }

    @Test("Warnings appear only at the recommended level")
    func levels() {
        let json = CrateSample.crate(
            root: #", "hasPart": [{"@id": "raw"}]"#, entities: #", {"@id": "raw", "@type": "Dataset"}"#)
        let document = CrateDocument(data: Data(json.utf8))
        let payload = CratePayload(files: ["raw/a.csv"])
        #expect(CrateValidator.validate(document, payload: payload, level: .required).isEmpty)
        let warnings = CrateValidator.validate(document, payload: payload, level: .recommended)
        #expect(warnings.contains { $0.rule == .folderSlash && $0.severity == .warning })
    }

    @Test("ISO 8601 dates", arguments: [
        ("2024", true), ("2024-05", true), ("2024-05-17", true), ("2024-05-17T10:11:12Z", true),
        ("2024-05-17T10:11:12.345+02:00", true), ("20240517", true), ("2024-W20-5", true),
        ("17/05/2024", false), ("2024-13-01", false), ("May 2024", false), ("", false), ("2024-05-17T25:00", false),
        ("2024-137", true), ("2024137", true), ("2024-367", false), ("2024W205", true), ("2024-W54", false),
        ("20240517T101112Z", true), ("2024-05-17 10:11", true), ("2024-05-17T24:00:00", true), ("2024-05-17T24:30", false),
        ("2024-05-17T10:11:60", true), ("2024-05-17T10:11:12.", false), ("2024-05-17T10:11+2", false),
        ("2024-05-17T10:11-05", true), ("-0044-03-15", true), ("2024-05-17Z", false), ("2024-5-17", false),
        ("2024-05-17T10:11:12Z ", false), ("2024-05-32", false),
    ])
    func dates(_ text: String, _ valid: Bool) {
        #expect((CrateDate.precision(of: text) != nil) == valid)
    }

    @Test("The precision of a date is what it names", arguments: [
        ("2024", CrateDate.Precision.year), ("2024-05", .month), ("2024-05-17", .day), ("20240517", .day),
        ("2024-W20", .day), ("2024-137", .day), ("2024-05-17T10:00Z", .day),
    ])
    func precision(_ text: String, _ expected: CrateDate.Precision) {
        #expect(CrateDate.precision(of: text) == expected)
    }

    @Test("Files that fetch.txt will download count as present, and their url is checked")
    func fetched() {
        let json = CrateSample.crate(root: CrateSamples.file, entities: CrateSamples.fileEntity)
        let payload = CratePayload(files: [], fetched: ["data.csv": "https://example.org/data.csv"])
        let findings = CrateValidator.validate(CrateDocument(data: Data(json.utf8)), payload: payload, level: .recommended)
        #expect(!findings.contains { $0.rule == .dataEntityExists })
        #expect(findings.contains { $0.rule == .bagitFetch })
    }

    @Test("contentSize and sha256 must match the bytes present, when they were measured")
    func fixity() {
        let digest = String(repeating: "ab", count: 32)
        let entity = ##", {"@id": "data.csv", "@type": "File", "name": "Data", "contentSize": "8", "sha256": "\##(digest.uppercased())"}"##
        let document = CrateDocument(data: Data(CrateSample.crate(root: CrateSamples.file, entities: entity).utf8))
        let good = CratePayload(files: ["data.csv"], sizes: ["data.csv": 8], sha256: ["data.csv": digest])
        #expect(CrateValidator.validate(document, payload: good).isEmpty)
        let resized = CratePayload(files: ["data.csv"], sizes: ["data.csv": 9], sha256: ["data.csv": digest])
        #expect(CrateValidator.validate(document, payload: resized).map(\.rule) == [.fixity])
        let changed = CratePayload(files: ["data.csv"], sizes: ["data.csv": 8], sha256: ["data.csv": String(repeating: "0", count: 64)])
        #expect(CrateValidator.validate(document, payload: changed).map(\.pointer) == ["/@graph/2/sha256"])
        let unmeasured = CratePayload(files: ["data.csv"])
        #expect(CrateValidator.validate(document, payload: unmeasured).isEmpty)
    }

    @Test("A profile the root conforms to must be described as a Profile (1.2 on)")
    func profiles() {
        let root = ##", "conformsTo": {"@id": "https://w3id.org/ro/wfrun/process/0.5"}"##
        let described = ##", {"@id": "https://w3id.org/ro/wfrun/process/0.5", "@type": ["CreativeWork", "Profile"], "name": "Process Run Crate"}"##
        let good = CrateDocument(data: Data(CrateSample.crate(root: root, entities: described).utf8))
        #expect(CrateValidator.validate(good, payload: CratePayload(files: [])).isEmpty)
        let bad = CrateDocument(data: Data(CrateSample.crate(root: root).utf8))
        #expect(CrateValidator.validate(bad, payload: CratePayload(files: [])).map(\.rule) == [.rootProfiles])
    }

    @Test("ro-crate-preview.html must be HTML5: its doctype is looked for, in any case")
    func preview() {
        #expect(CratePackaging.previewFindings(html: Array("<!doctype html>\n<html></html>".utf8)).isEmpty)
        #expect(CratePackaging.previewFindings(html: Array("\u{FEFF}<!DOCTYPE HTML><html></html>".utf8)).isEmpty)
        #expect(CratePackaging.previewFindings(html: Array("<html><body>x</body></html>".utf8)).map(\.rule) == [.preview])
        #expect(CratePackaging.previewFindings(html: [0xFF, 0x00]).map(\.rule) == [.preview])
    }

    @Test("The root must not conform to the version-less RO-Crate URI; a thumbnail is a File; a WebSite has a name")
    func contextualMusts() {
        let profile = ##", {"@id": "https://w3id.org/ro/crate/", "@type": "Profile", "name": "RO-Crate"}"##
        let versionless = CrateDocument(data: Data(CrateSample.crate(root: ##", "conformsTo": {"@id": "https://w3id.org/ro/crate/"}"##, entities: profile).utf8))
        #expect(CrateValidator.validate(versionless, payload: CratePayload(files: [])).map(\.rule) == [.rootProfiles])
        let thumbnail = CrateDocument(data: Data(CrateSample.crate(root: ##", "thumbnail": {"@id": "#map"}"##, entities: ##", {"@id": "#map", "@type": "ImageObject"}"##).utf8))
        #expect(CrateValidator.validate(thumbnail, payload: CratePayload(files: [])).map(\.rule) == [.contextualProperties])
        let site = CrateDocument(data: Data(CrateSample.crate(root: ##", "mainEntityOfPage": {"@id": "https://example.org/"}"##, entities: ##", {"@id": "https://example.org/", "@type": "WebSite"}"##).utf8))
        #expect(CrateValidator.validate(site, payload: CratePayload(files: [])).map(\.rule) == [.contextualProperties])
    }

    @Test("A bag manifest must list the metadata file")
    func bagManifest() {
        #expect(CratePackaging.bagManifestFindings(manifestPaths: ["data/ro-crate-metadata.json", "data/a.csv"]).isEmpty)
        #expect(CratePackaging.bagManifestFindings(manifestPaths: ["data/a.csv"]).map(\.rule) == [.bagitManifest])
    }

    @Test("An .eln archive holds one folder named after it")
    func elnFolder() {
        let good = ["survey/", "survey/ro-crate-metadata.json", "survey/data.csv"]
        #expect(CratePackaging.elnFolderFindings(archiveName: "survey.eln", entryPaths: good).isEmpty)
        let bad = ["export/ro-crate-metadata.json", "export/data.csv"]
        #expect(CratePackaging.elnFolderFindings(archiveName: "survey.eln", entryPaths: bad).count == 2)
    }

    @Test("Hostile input gives findings, never a crash", arguments: [
        Data(), Data([0xFF, 0xFE, 0x00]), Data("[1,2]".utf8), Data("{\"@graph\": [1, \"x\", null]}".utf8),
        Data((String(repeating: "[", count: 100_000)).utf8),
        Data(("{\"@context\": 5, \"@graph\": [{\"@id\": 7, \"@type\": [\"Dataset\", 3]}]}").utf8),
    ])
    func hostile(_ data: Data) {
        let findings = CrateValidator.validate(CrateDocument(data: data), payload: CratePayload(files: []), level: .recommended)
        #expect(!findings.isEmpty)
    }

    @Test("A crate of 20,000 files, each listed and present, has no finding")
    func large() {
        let count = 20_000
        let parts = (0..<count).map { "{\"@id\": \"f\($0).csv\"}" }.joined(separator: ",")
        let files = (0..<count).map { ", {\"@id\": \"f\($0).csv\", \"@type\": \"File\", \"name\": \"F\($0)\"}" }.joined()
        let json = CrateSample.crate(root: ", \"hasPart\": [\(parts)]", entities: files)
        let payload = CratePayload(files: (0..<count).map { "f\($0).csv" })
        let findings = CrateValidator.validate(CrateDocument(data: Data(json.utf8)), payload: payload)
        #expect(findings.isEmpty)
    }
}
