@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackAudit
@testable import FairPackReports
import Foundation

/// The draft sample deposit, audited against its own profiles as `fairpack check` does.
enum DraftSample {
    /// Samples/gtnum-reve-draft, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/gtnum-reve-draft").path

    /// A fresh audit of the draft, gathering what the HTML and JSON reports show.
    static func audit() throws -> AuditResult {
        let profile = try ProfileResolver.resolve(["recherche-data-gouv", "hal", "etalab-2.0"], in: try ProfileCatalog.load())
        return Auditor(profile: profile).audit(try Deposit.open(at: root), alsoGathering: [.format, .licences], digests: [.sha256])
    }
}
