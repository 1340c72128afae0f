import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackFormats
@testable import FairPackHashing
@testable import FairPackAudit
import Foundation
import Testing

@Suite("Profiles: loading, errors and merging")
struct ProfileTests {
    func parse(_ text: String) throws(ConfigurationError) -> ProfileDocument {
        try ProfileDocument.parse(text, file: "test.yaml")
    }

    func configurationError(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("the six shipped profiles load and resolve, with the alias")
    func shipped() throws {
        let catalog = try ProfileCatalog.load()
        for id in ["fair-core", "etalab-2.0", "cc-by-4.0", "orcid", "hal", "recherche-data-gouv"] {
            let resolved = try ProfileResolver.resolve([id], in: catalog)
            #expect(!resolved.rules.isEmpty, "\(id) has no rules")
            #expect(resolved.profiles.first == id)
        }
        #expect(catalog.document(named: "licence-ouverte-2.0")?.id == "etalab-2.0")
        let rdg = try ProfileResolver.resolve(["recherche-data-gouv"], in: catalog)
        #expect(rdg.profiles == ["recherche-data-gouv", "fair-core", "orcid"])
        let subject = try #require(rdg.rules.first { $0.id == "metadata.subject" })
        #expect(subject.severity == .error)
        #expect(subject.profile == "recherche-data-gouv")
        let size = try #require(rdg.rules.first { $0.id == "files.size" })
        #expect(size.settings[FileSizeCheck.maxBytesParameter] == 10_737_418_240)
        #expect(size.settings[FileSizeCheck.maxTotalBytesParameter] == 0)
    }

    @Test("a YAML syntax error names the file and line")
    func syntaxError() {
        let error = configurationError("id: p\nrules:\n  metadata.title: {severity: error\n")
        #expect(error?.file == "test.yaml")
        #expect(error?.line != nil)
        #expect(error?.description.hasPrefix("test.yaml:") == true)
    }

    @Test("unknown keys, bad severities and wrong parameter kinds are errors with their line")
    func invalidSettings() {
        #expect(configurationError("id: p\nrulez: {}\n")?.line == 2)
        #expect(configurationError("id: p\nrulez: {}\n")?.message.contains("rules") == true)
        #expect(configurationError("id: p\nrules:\n  metadata.title: { severity: fatal }\n")?.line == 3)
        #expect(configurationError("id: p\nrules:\n  metadata.title: { min-lenght: 3 }\n")?.message.contains("min-length") == true)
        #expect(configurationError("id: p\nrules:\n  metadata.title: { min-length: many }\n")?.line == 3)
        #expect(configurationError("id: p\nrules:\n  metadata.dates: { required: [modified] }\n") != nil)
        #expect(configurationError("title: no id\n") != nil)
        #expect(configurationError("id: Bad Id\n") != nil)
        #expect(configurationError("id: p\ndeclare:\n  - { id: x, field: a, pattern: \"([\" }\n")?.line == 3)
        #expect(configurationError("id: p\ndeclare:\n  - { id: metadata.title, field: title }\n") != nil)
        #expect(configurationError("id: p\nexternal:\n  - { id: x, command: [] }\n") != nil)
    }

    @Test("an unknown rule is an error naming the file, line and nearest rule")
    func unknownRule() throws {
        var catalog = ProfileCatalog()
        try catalog.add(try parse("id: p\nrules:\n  metadata.titel: {}\n"))
        #expect {
            try ProfileResolver.resolve(["p"], in: catalog)
        } throws: { error in
            let error = error as? ConfigurationError
            return error?.line == 3 && error?.message.contains("metadata.title") == true
        }
    }

    @Test("a cycle in extends and an unknown parent are errors")
    func cycles() throws {
        var catalog = ProfileCatalog()
        try catalog.add(try ProfileDocument.parse("id: a\nextends: [b]\n", file: "a.yaml"))
        try catalog.add(try ProfileDocument.parse("id: b\nextends: [c]\n", file: "b.yaml"))
        try catalog.add(try ProfileDocument.parse("id: c\nextends: [a]\n", file: "c.yaml"))
        try catalog.add(try ProfileDocument.parse("id: d\nextends: [nowhere]\n", file: "d.yaml"))
        try catalog.add(try ProfileDocument.parse("id: e\nextends: [e]\n", file: "e.yaml"))
        #expect { try ProfileResolver.resolve(["a"], in: catalog) } throws: { error in
            (error as? ConfigurationError)?.message.contains("cycle") == true
        }
        #expect { try ProfileResolver.resolve(["e"], in: catalog) } throws: { error in
            (error as? ConfigurationError)?.message.contains("cycle") == true
        }
        #expect { try ProfileResolver.resolve(["d"], in: catalog) } throws: { error in
            let error = error as? ConfigurationError
            return error?.file == "d.yaml" && error?.line == 2 && error?.message.contains("nowhere") == true
        }
    }

    @Test("children override parents parameter by parameter; off removes a rule; a shared parent applies once")
    func merging() throws {
        var catalog = ProfileCatalog()
        try catalog.add(try parse("id: base\nrules:\n  metadata.title: { min-length: 20 }\n  metadata.keywords: {}\n"))
        try catalog.add(try ProfileDocument.parse(
            "id: child\nextends: [base]\nrules:\n  metadata.title: warning\n  metadata.keywords: { severity: off }\n",
            file: "child.yaml"))
        try catalog.add(try ProfileDocument.parse("id: other\nextends: [base]\n", file: "other.yaml"))
        let resolved = try ProfileResolver.resolve(["child", "other"], in: catalog)
        let title = try #require(resolved.rules.first { $0.id == "metadata.title" })
        #expect(title.severity == .warning)
        #expect(title.settings[TitleCheck.minLengthParameter] == 20)
        #expect(title.profile == "child")
        #expect(!resolved.rules.contains { $0.id == "metadata.keywords" })
        #expect(resolved.switchedOff == ["metadata.keywords"])
        #expect(resolved.profiles == ["child", "other", "base"])
    }

    @Test("a name used twice across folders is refused")
    func duplicateNames() throws {
        var catalog = try ProfileCatalog.load()
        #expect(throws: ConfigurationError.self) { try catalog.add(try ProfileDocument.parse("id: fair-core\n", file: "x.yaml")) }
        #expect(throws: ConfigurationError.self) {
            try catalog.add(try ProfileDocument.parse("id: mine\naliases: [orcid]\n", file: "y.yaml"))
        }
    }

    @Test("--profile takes a path, --profile-path a folder, the deposit its own .fairpack/profiles")
    func discovery() throws {
        let folder = try TemporaryFolder()
        try folder.write("extra/lab.yaml", "id: lab\nextends: [fair-core]\n")
        try folder.write("deposit/.fairpack/profiles/local.yaml", "id: local\nrules:\n  metadata.title: {}\n")
        try folder.write("single.yml", "id: single\nextends: [lab]\n")
        var catalog = try ProfileCatalog.load(searchPaths: [folder.url("extra")], depositRoot: folder.url("deposit"))
        #expect(catalog.document(named: "lab") != nil)
        #expect(catalog.document(named: "local") != nil)
        #expect(try catalog.reference(folder.url("single.yml")) == "single")
        #expect(try ProfileResolver.resolve(["single"], in: catalog).profiles == ["single", "fair-core", "lab"])
        #expect(throws: ConfigurationError.self) { try catalog.reference("recherche-data-gov") }
        #expect(throws: ConfigurationError.self) { try ProfileCatalog.load(searchPaths: [folder.url("missing")]) }
    }
}
