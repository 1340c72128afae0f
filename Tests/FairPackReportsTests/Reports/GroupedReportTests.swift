@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation
import Testing

@Suite("Text report groups a rule's many findings")
struct GroupedReportTests {
    func result(emptyFiles: Int, keepFiles: [String] = []) throws -> AuditResult {
        let profile = try ProfileResolver.resolve(["fair-core"], in: try ProfileCatalog.load())
        var files = (0..<emptyFiles).map { FileEntry(path: String(format: "data/export-%05d.csv", $0), size: 0) }
        files += keepFiles.map { FileEntry(path: $0, size: 0) }
        let deposit = Deposit.example(metadata: "title: Data\n", files: files)
        return Auditor(profile: profile).audit(deposit)
    }

    @Test("more than 20 findings of one rule: one group with the count and three examples; JSON keeps all")
    func grouped() throws {
        let result = try result(emptyFiles: 10_634)
        #expect(result.findings.filter { $0.rule == "files.empty" }.count == 10_634)
        let text = TextReport(result: result, colour: false).render()
        #expect(text.contains("10,634 times"))
        #expect(text.contains("data/export-00000.csv, data/export-00001.csv, data/export-00002.csv"))
        #expect(!text.contains("data/export-00003.csv"))
        #expect(text.components(separatedBy: "[files.empty]").count == 2, "the rule is shown once")
        let json = JSONReport(result: result).render()
        #expect(json.contains("data/export-10633.csv"))
    }

    @Test("20 findings or fewer are listed one by one")
    func notGrouped() throws {
        let text = TextReport(result: try result(emptyFiles: 20), colour: false).render()
        #expect(text.components(separatedBy: "[files.empty]").count == 21)
        #expect(!text.contains(" times, e.g."))
    }

    @Test("files that are empty on purpose get no advice to delete them")
    func emptyByDesign() throws {
        let result = try result(emptyFiles: 0, keepFiles: ["code/pkg/__init__.py", "results/.gitkeep", "docs/.nojekyll", "x/.keep"])
        #expect(!result.findings.contains { $0.rule == "files.empty" })
    }

    @Test("thousands are separated by commas")
    func thousands() {
        #expect(TextReport.Words.thousands(21) == "21")
        #expect(TextReport.Words.thousands(10_634) == "10,634")
        #expect(TextReport.Words.thousands(1_000_000) == "1,000,000")
    }
}
