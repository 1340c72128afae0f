import FairPackCrates

/// One passing and one failing crate per rule; the failing one breaks exactly the named rule.
enum CrateSamples {
    static let file = ##", "hasPart": [{"@id": "data.csv"}]"##
    static let fileEntity = ##", {"@id": "data.csv", "@type": "File", "name": "Data"}"##

    static let all: [CrateSample] = [
        CrateSample(name: "valid-1.1", json: CrateSample.crate(version: "1.1", root: file, entities: fileEntity), files: ["data.csv"], broken: nil),
        CrateSample(name: "valid-1.2", json: CrateSample.crate(version: "1.2", root: file, entities: fileEntity), files: ["data.csv"], broken: nil),
        CrateSample(name: "valid-1.3", json: CrateSample.crate(version: "1.3", root: file, entities: fileEntity), files: ["data.csv"], broken: nil),
        CrateSample(name: "not-json", json: ##"{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": ["##, files: [], broken: .json),
        CrateSample(name: "graph-missing", json: ##"{"@context": "https://w3id.org/ro/crate/1.2/context", "name": "x"}"##, files: [], broken: .graph),
        CrateSample(
            name: "context-of-other-version",
            json: CrateSample.crate(version: "1.2", context: "\"https://w3id.org/ro/crate/1.1/context\""), files: [], broken: .context),
        CrateSample(
            name: "context-array-with-extra-terms",
            json: CrateSample.crate(
                version: "1.2", root: ##", "sha256x": "abc""##,
                context: ##"["https://w3id.org/ro/crate/1.2/context", {"sha256x": "https://example.org/sha256x"}]"##),
            files: [], broken: nil),
        CrateSample(
            name: "context-unknown",
            json: CrateSample.crate(version: "1.2", context: "\"https://example.org/my-context\""), files: [], broken: .context),
        CrateSample(name: "undefined-property", json: CrateSample.crate(root: ##", "sha256x": "abc""##), files: [], broken: .terms),
        CrateSample(
            name: "nested-entity",
            json: CrateSample.crate(root: ##", "author": {"@id": "#alice", "@type": "Person", "name": "Alice"}"##), files: [], broken: .flattened),
        CrateSample(
            name: "reference-and-value-objects",
            json: CrateSample.crate(
                root: ##", "author": [{"@id": "#alice"}], "keywords": {"@value": "survey", "@language": "en"}"##,
                entities: ##", {"@id": "#alice", "@type": "Person", "name": "Alice"}"##),
            files: [], broken: nil),
        CrateSample(name: "entity-without-type", json: CrateSample.crate(entities: ##", {"@id": "#alice", "name": "Alice"}"##), files: [], broken: .entityType),
        CrateSample(name: "entity-without-id", json: CrateSample.crate(entities: ##", {"@type": "Person", "name": "Alice"}"##), files: [], broken: .entityID),
        CrateSample(
            name: "duplicate-id",
            json: CrateSample.crate(entities: ##", {"@id": "#alice", "@type": "Person"}, {"@id": "#alice", "@type": "Person"}"##), files: [], broken: .idUnique),
        CrateSample(
            name: "id-with-space",
            json: CrateSample.crate(root: ##", "hasPart": [{"@id": "data file.csv"}]"##, entities: ##", {"@id": "data file.csv", "@type": "File"}"##),
            files: ["data file.csv"], broken: .idValid),
        CrateSample(
            name: "percent-encoded-file",
            json: CrateSample.crate(root: ##", "hasPart": [{"@id": "data%20file.csv"}]"##, entities: ##", {"@id": "data%20file.csv", "@type": "File"}"##),
            files: ["data file.csv"], broken: nil),
        CrateSample(name: "descriptor-missing", json: CrateSample.crate(descriptor: ##"{"@id": "#other", "@type": "CreativeWork"}"##), files: [], broken: .descriptor),
        CrateSample(
            name: "descriptor-not-creativework",
            json: CrateSample.crate(descriptor: ##"{"@id": "ro-crate-metadata.json", "@type": "Thing", "about": {"@id": "./"}, "conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}}"##),
            files: [], broken: .descriptor),
        CrateSample(
            name: "root-not-dataset",
            json: CrateSample.crate(root: "", entities: "").replacingOccurrences(of: ##""@type": "Dataset""##, with: ##""@type": "CreativeWork""##),
            files: [], broken: .root),
        CrateSample(
            name: "root-missing-name",
            json: CrateSample.crate().replacingOccurrences(of: ##""name": "Survey", "##, with: ""), files: [], broken: .rootProperties),
        CrateSample(
            name: "root-missing-license",
            json: CrateSample.crate().replacingOccurrences(of: ##", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}"##, with: ""),
            files: [], broken: .rootProperties),
        CrateSample(
            name: "bad-date-published",
            json: CrateSample.crate().replacingOccurrences(of: "2024-05-17", with: "17/05/2024"), files: [], broken: .date),
        CrateSample(
            name: "date-published-timestamp",
            json: CrateSample.crate().replacingOccurrences(of: "2024-05-17", with: "2024-05-17T10:11:12.345+02:00"), files: [], broken: nil),
        CrateSample(name: "file-absent", json: CrateSample.crate(root: file, entities: fileEntity), files: [], broken: .dataEntityExists),
        CrateSample(
            name: "folder-present",
            json: CrateSample.crate(
                root: ##", "hasPart": [{"@id": "raw/"}]"##,
                entities: ##", {"@id": "raw/", "@type": "Dataset", "hasPart": [{"@id": "raw/a.csv"}]}, {"@id": "raw/a.csv", "@type": "File"}"##),
            files: ["raw/a.csv"], broken: nil),
        CrateSample(
            name: "folder-absent",
            json: CrateSample.crate(root: ##", "hasPart": [{"@id": "raw/"}]"##, entities: ##", {"@id": "raw/", "@type": "Dataset"}"##),
            files: [], broken: .dataEntityExists),
        CrateSample(
            name: "web-and-local-ids",
            json: CrateSample.crate(
                root: ##", "hasPart": [{"@id": "https://example.org/big.csv"}, {"@id": "#planned"}]"##,
                entities: ##", {"@id": "https://example.org/big.csv", "@type": "File"}, {"@id": "#planned", "@type": "File", "localPath": "later.csv"}"##),
            files: [], broken: nil),
        CrateSample(name: "file-not-in-haspart", json: CrateSample.crate(entities: fileEntity), files: ["data.csv"], broken: .hasPart),
        CrateSample(
            name: "software-without-version",
            json: CrateSample.crate(entities: ##", {"@id": "https://www.python.org/", "@type": "SoftwareApplication", "name": "Python", "url": "https://www.python.org/"}"##),
            files: [], broken: .contextualProperties),
        CrateSample(name: "subject-property", json: CrateSample.crate(root: ##", "keyword": "survey""##), files: [], broken: .subjectKeywords),
    ]
}
