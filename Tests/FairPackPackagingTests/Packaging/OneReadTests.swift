@testable import FairPackAudit
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackPackaging
import FairPackTestSupport
import Foundation
import Testing

/// DESIGN §3.2 and §6: each byte of a deposit is read once, by `check` and by `pack`.
/// The ledger counts every byte that passes through the one read seam, by path; each test
/// reads its own copy of the sample, so that tests running beside it cannot add to its counts.
@Suite("One read per byte", .serialized)
struct OneReadTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/gtnum-reve").path

    /// Bytes read per file of the deposit at `root`, by path relative to the root.
    func perFile(_ ledger: [String: UInt64], root: String) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for (path, count) in ledger where path.hasPrefix(root + "/") {
            result[String(path.dropFirst(root.count + 1)), default: 0] += count
        }
        return result
    }

    func auditor() throws -> Auditor {
        let catalog = try ProfileCatalog.load()
        return Auditor(profile: try ProfileResolver.resolve(["recherche-data-gouv", "hal"], in: catalog))
    }

    /// A private copy of the sample deposit.
    func copyOfSample(in folder: TemporaryFolder) throws -> String {
        let copy = folder.url("gtnum-reve")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: copy)
        return copy
    }

    @Test("check reads no byte twice, and deposit.yaml once")
    func check() throws {
        let folder = try TemporaryFolder()
        let sample = try copyOfSample(in: folder)
        let auditor = try auditor()
        ReadLedger.start()
        let deposit = try Deposit.open(at: sample)
        _ = auditor.audit(deposit)
        let read = perFile(ReadLedger.stop(), root: sample)
        #expect(!auditor.needs.isEmpty, "the profiles read content, so the test means something")
        for file in deposit.inventory.files {
            #expect((read[file.path] ?? 0) <= file.size, "\(file.path): \(read[file.path] ?? 0) bytes read of \(file.size)")
        }
        let yaml = try #require(deposit.inventory.entry(at: "deposit.yaml"))
        #expect(read["deposit.yaml"] == yaml.size)
        let pdf = try #require(deposit.inventory.files.first { $0.path.hasSuffix(".pdf") })
        #expect(read[pdf.path] == pdf.size, "PDFs are read in full, once")
    }

    @Test("pack reads every payload byte exactly once, deposit.yaml included")
    func pack() throws {
        let folder = try TemporaryFolder()
        let sample = try copyOfSample(in: folder)
        let auditor = try auditor()
        ReadLedger.start()
        let deposit = try Deposit.open(at: sample)
        let outcome = try Packer(baggingDate: "2026-12-03").pack(deposit, auditor: auditor, to: folder.url("bag.tar"))
        let read = perFile(ReadLedger.stop(), root: sample)
        guard case .packed = outcome else {
            Issue.record("the compliant sample was refused")
            return
        }
        for file in deposit.inventory.files {
            #expect(read[file.path] == file.size, "\(file.path): \(read[file.path] ?? 0) bytes read of \(file.size)")
        }
        #expect(Set(read.keys) == Set(deposit.inventory.files.map(\.path)))
    }
}
