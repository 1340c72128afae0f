@testable import FairPackBase
import Foundation
import Testing

@Suite("YAML with locations")
struct YAMLNodeTests {
    @Test("a merge key brings in the mapping it names; keys set beside it win, and the first mapping merged wins")
    func mergeKey() throws {
        let node = try YAMLNode.parse("""
            person: &jf { name: "Cerisier, Jean-François", orcid: 0000-0002-3992-0547 }
            lab: &lab { affiliation: TECHNE, name: Lab }
            contact:
              <<: [*jf, *lab]
              email: jf@example.org
              name: J.-F. Cerisier
            quoted: { "<<": kept }
            """)
        let contact = try #require(node["contact"])
        #expect(contact.entries?.map(\.key) == ["email", "name", "orcid", "affiliation"])
        #expect(contact["name"]?.text == "J.-F. Cerisier")
        #expect(contact["orcid"]?.text == "0000-0002-3992-0547")
        #expect(contact["orcid"]?.location.pointer == "/contact/orcid")
        #expect(contact["orcid"]?.location.line == 1, "a merged value keeps the line where it is written")
        #expect(node["quoted"]?["<<"]?.text == "kept")
    }

    @Test("values keep their line, column, pointer and exact text")
    func locations() throws {
        let node = try YAMLNode.parse("""
            title: Entretiens
            authors:
              - name: "Cerisier, Jean-François"
                orcid: 0000-0002-3992-0547
            dates: { created: 2020-10-26 }
            """)
        let orcid = try #require(node["authors"]?.items?[0]["orcid"])
        #expect(orcid.text == "0000-0002-3992-0547")
        #expect(orcid.location == SourceLocation(line: 4, column: 12, pointer: "/authors/0/orcid"))
        #expect(node["dates"]?["created"]?.text == "2020-10-26")
        #expect(node["dates"]?["created"]?.location.line == 5)
        #expect(orcid.location.readablePath == "authors[0].orcid")
    }

    @Test("empty values, ~ and null are null; quoted \"null\" is text")
    func nulls() throws {
        let node = try YAMLNode.parse("a:\nb: ~\nc: null\nd: \"null\"\n")
        #expect(node["a"]?.isNull == true)
        #expect(node["b"]?.isNull == true)
        #expect(node["c"]?.isNull == true)
        #expect(node["d"]?.text == "null")
    }

    @Test("a syntax error carries its line")
    func syntaxError() {
        #expect(throws: YAMLSyntaxError.self) { try YAMLNode.parse("title: \"open\nlicence: x\n") }
        do {
            _ = try YAMLNode.parse("a: 1\nb: [1, 2\nc: 3\n")
        } catch {
            #expect(error.line != nil)
            #expect(!error.message.isEmpty)
        }
    }

    @Test("a key written twice is an error, not a silent override")
    func duplicateKeys() {
        do {
            _ = try YAMLNode.parse("title: a\ntitle: b\n")
            Issue.record("duplicate key accepted")
        } catch {
            #expect(error.message.contains("title"))
        }
    }

    @Test("pointers escape / and ~ in keys")
    func pointerEscaping() throws {
        let node = try YAMLNode.parse("\"a/b\": { \"c~d\": 1 }\n")
        #expect(node["a/b"]?["c~d"]?.location.pointer == "/a~1b/c~0d")
    }

    @Test("an alias bomb is refused instead of exhausting memory")
    func aliasBomb() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        #expect(throws: YAMLSyntaxError.self) { try YAMLNode.parse(lines.joined(separator: "\n")) }
    }

    @Test("an empty document is an empty mapping")
    func emptyDocument() throws {
        let node = try YAMLNode.parse("# only a comment\n")
        #expect(node.entries?.isEmpty == true)
    }
}
