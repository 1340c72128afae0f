@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackAudit
@testable import FairPackChecks
import Testing

@Suite("Declarative rules")
struct DeclaredRuleTests {
    func problems(_ rule: String, _ metadata: String) throws -> [Problem] {
        let document = try ProfileDocument.parse("id: p\ndeclare:\n" + rule, file: "p.yaml")
        return try #require(document.declared.first).check(InspectedDeposit.example(metadata: metadata))
    }

    @Test("required fields are reported where they would be written")
    func required() throws {
        let rule = "  - { id: r.email, field: contact.email, required: true, message: \"A contact e-mail is needed\" }\n"
        #expect(try problems(rule, "contact: { email: a@b.fr }").isEmpty)
        let found = try problems(rule, "title: x\ncontact: { name: N }\n")
        #expect(found.count == 1)
        #expect(found.first?.location?.pointer == "/contact/email")
        #expect(found.first?.location?.line == 2)
        #expect(found.first?.message == "A contact e-mail is needed (`contact.email` is missing).")
        #expect(try problems(rule, "contact: { email: \"\" }").count == 1)
    }

    @Test("patterns and allowed values apply to every item of a list path")
    func listPaths() throws {
        let pattern = "  - { id: r.orcid, field: authors.*.orcid, pattern: \"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$\" }\n"
        let metadata = "authors:\n  - { name: A, orcid: 0000-0002-1825-0097 }\n  - { name: B, orcid: 1234 }\n  - { name: C }\n"
        let found = try problems(pattern, metadata)
        #expect(found.map { $0.location?.pointer } == ["/authors/1/orcid"])
        let allowed = "  - { id: r.type, field: \"deliverables[].type\", allowed: [REPORT, ART] }\n"
        #expect(try problems(allowed, "deliverables: [{ type: REPORT }, { type: report }]").count == 1)
    }

    @Test("lengths and counts are bounded")
    func bounds() throws {
        let counts = "  - { id: r.k, field: keywords, min-count: 2, max-count: 3 }\n"
        #expect(try problems(counts, "keywords: [a]").count == 1)
        #expect(try problems(counts, "keywords: [a, b]").isEmpty)
        #expect(try problems(counts, "keywords: [a, b, c, d]").count == 1)
        let lengths = "  - { id: r.t, field: title, min-length: 3, max-length: 5 }\n"
        #expect(try problems(lengths, "title: ab").count == 1)
        #expect(try problems(lengths, "title: abcdef").count == 1)
        #expect(try problems(lengths, "title: abcd").isEmpty)
        #expect(try problems(lengths, "description: none").isEmpty)
    }
}
