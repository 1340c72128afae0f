@testable import FairPackAudit
@testable import FairPackDeposit
@testable import FairPackPackaging

extension Packer {
    /// Packs with no audit rule: what the bag tests need.
    func pack(_ deposit: Deposit, to output: String) throws(PackError) -> Summary {
        switch try pack(deposit, auditor: Auditor(profile: .empty), to: output) {
        case .packed(let summary, _): return summary
        case .refused: throw PackError.refused(errors: 0)
        }
    }
}
