@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
import Testing

@Suite("Paths written in deposit.yaml")
struct DepositPathTests {
    @Test("are compared with the inventory's without ./, spaces around or a trailing /", arguments: [
        ("data/a.csv", "data/a.csv"), ("./data/a.csv", "data/a.csv"), (" ././data/a.csv ", "data/a.csv"), ("docs/", "docs"),
    ])
    func normalised(_ written: String, _ expected: String) {
        #expect(DepositPath.normalised(written) == expected)
    }

    @Test("a deliverable written with ./ still finds its PDF")
    func deliverableWithDot() {
        let deposit = InspectedDeposit.example(
            metadata: HALExamples.complete.replacingOccurrences(of: "path: deliverables/", with: "path: ./deliverables/"),
            files: [HALExamples.reportFile], facts: [HALExamples.goodPDF])
        #expect(HALFileCheck(settings: CheckSettings()).check(deposit).isEmpty)
        #expect(PDFMetadataCheck(settings: CheckSettings()).check(deposit).isEmpty)
    }
}
