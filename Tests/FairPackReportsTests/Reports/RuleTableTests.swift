@testable import FairPackChecks
@testable import FairPackReports
import Foundation
import Testing

/// The rule table in docs/rules.md is generated from the registry; it must not drift.
@Suite("The generated rule table")
struct RuleTableTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/rules.md is what `make docs` writes from the registry")
    func noDrift() throws {
        let committed = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == RuleTable.markdown(), "docs/rules.md is stale: run `make docs`")
    }

    @Test("every registered check has its row")
    func everyCheck() {
        let table = RuleTable.markdown()
        for id in CheckRegistry.ids { #expect(table.contains("| `\(id)` |"), "\(id) has no row") }
    }

    @Test("the compiled-in profiles and tables are what scripts/embed.py writes from Profiles/ and Tables/")
    func embeddedData() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("scripts/embed.py").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run `make generate`")
    }
}
