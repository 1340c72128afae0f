@testable import FairPackAudit
@testable import FairPackDeposit
@testable import FairPackPackaging
import FairPackTestSupport
import Foundation
import Testing

/// verify of a large archive, over and over: the parallel hashing once crashed on such
/// archives depending on timing, so one run proves little and several runs prove more.
@Suite("Large archives verify every time")
struct LargeArchiveTests {
    static let size: Int64 = 192 << 20

    @Test("a bag holding a large file of zeros verifies 3 times out of 3", arguments: ["bag.tar.gz", "bag.zip"])
    func repeatedly(_ name: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("deposit/deposit.yaml", "title: \"Des zéros en grand nombre\"\nlicence: etalab-2.0\n")
        let zeros = try folder.write("deposit/data/zeros.bin", "")
        #expect(truncate(zeros, off_t(Self.size)) == 0)
        _ = try Packer(baggingDate: "2026-12-03").pack(try Deposit.open(at: folder.url("deposit")), to: folder.url(name))
        for _ in 0..<3 {
            let result = try Verifier.verify(folder.url(name))
            #expect(result.isValid, "\(result.problems)")
            #expect(result.bytes >= UInt64(Self.size))
        }
    }
}
