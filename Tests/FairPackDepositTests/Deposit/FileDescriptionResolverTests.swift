@testable import FairPackBase
@testable import FairPackDeposit
import Testing

@Suite("files: entries for folders and globs, and organisations as authors")
struct FileDescriptionResolverTests {
    func metadata(_ text: String) throws -> DepositMetadata {
        DepositMetadata(document: try YAMLNode.parse(text))
    }

    static let layered = """
        files:
          - { path: "code/**/*.py", description: "Script", licence: MIT }
          - { path: code/, licence: Apache-2.0, description: "Code" }
          - { path: code/analyse, description: "Analyse" }
          - { path: code/analyse/main.py, personal-data: none }
          - { path: "*.csv", personal-data: pseudonymised }
        """

    @Test("the file's own entry wins, then the deepest folder, then a glob, value by value")
    func specificity() throws {
        let metadata = try metadata(Self.layered)
        let main = try #require(metadata.fileDescription(for: "code/analyse/main.py"))
        #expect(main.personalData?.value == "none")
        #expect(main.description?.value == "Analyse")
        #expect(main.licence?.value == "Apache-2.0")
        let other = try #require(metadata.fileDescription(for: "code/lib/util.py"))
        #expect(other.description?.value == "Code")
        #expect(other.licence?.value == "Apache-2.0")
        let csv = try #require(metadata.fileDescription(for: "data/deep/t.csv"))
        #expect(csv.personalData?.value == "pseudonymised")
        #expect(csv.licence == nil)
        #expect(metadata.fileDescription(for: "README.md") == nil)
        #expect(metadata.fileDescription(for: "codex/a.py") == nil, "a folder entry is not a name prefix")
    }

    @Test("a glob alone applies, with the rules of exclude:")
    func globOnly() throws {
        let metadata = try metadata("files:\n  - { path: \"code/**/*.py\", licence: MIT }\n")
        #expect(metadata.fileDescription(for: "code/a/b/c.py")?.licence?.value == "MIT")
        #expect(metadata.fileDescription(for: "code/c.py")?.licence?.value == "MIT")
        #expect(metadata.fileDescription(for: "code/c.R") == nil)
        #expect(FilePathScope(written: "data/").matchesAny(of: ["data/a.csv"]))
        #expect(!FilePathScope(written: "dat/").matchesAny(of: ["data/a.csv"]))
    }

    @Test("an organisation author, a publisher and a funder with a ROR are read")
    func organisations() throws {
        let metadata = try metadata("""
            authors:
              - { organization: "Etalab", ror: "https://ror.org/04xhy8q59" }
              - { name: "Doe, Jane" }
            publisher: { name: "Recherche Data Gouv", ror: "https://ror.org/04xhy8q59" }
            funding: [{ funder: { name: "ANR", ror: "https://ror.org/00rbzpz17" }, award: "X-1" }]
            """)
        #expect(metadata.shapeProblems.isEmpty)
        let organisation = try #require(metadata.authors?.value[0].value)
        #expect(organisation.isOrganization)
        #expect(organisation.displayName?.value == "Etalab")
        #expect(organisation.ror?.location.pointer == "/authors/0/ror")
        #expect(metadata.authors?.value[1].value.isOrganization == false)
        #expect(metadata.publisher?.value.name?.value == "Recherche Data Gouv")
        #expect(metadata.funding.first?.value.funder?.value == "ANR")
        #expect(metadata.funding.first?.value.funderROR?.value == "https://ror.org/00rbzpz17")
        #expect(MetadataSchema.unknownKeys(in: metadata.document).isEmpty)
        let text = try self.metadata("publisher: Université de Poitiers\n")
        #expect(text.publisher?.value.name?.value == "Université de Poitiers")
    }
}
