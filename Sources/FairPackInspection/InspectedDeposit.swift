import FairPackBase
import FairPackDeposit

/// A deposit together with what the one read of its files taught the inspectors: what
/// checks receive.
///
/// Only the audit (or the packer, which feeds the audit's inspectors from its own read)
/// makes one from real files; ``gathered`` says which kinds of facts were asked for, and the
/// audit refuses to give a check a deposit that lacks a kind the check needs.
@dynamicMemberLookup
public struct InspectedDeposit: Sendable {
    /// The deposit: root, metadata and inventory.
    public var deposit: Deposit
    /// What each file read taught, by path; files no inspector wanted have no entry.
    public var facts: [String: FileFacts]
    /// The kinds of facts that were gathered for every file that could provide them.
    public var gathered: Set<FactKind>

    /// Pairs a deposit with the facts gathered from it.
    public init(_ deposit: Deposit, facts: [String: FileFacts], gathered: Set<FactKind>) {
        self.deposit = deposit
        self.facts = facts
        self.gathered = gathered
    }

    /// The deposit's own properties (`root`, `metadata`, `inventory`, …).
    public subscript<Value>(dynamicMember keyPath: KeyPath<Deposit, Value>) -> Value {
        deposit[keyPath: keyPath]
    }

    /// A deposit built in memory (check examples and tests): every kind counts as gathered,
    /// and `facts` stand for what reading the files would have taught.
    public static func example(metadata text: String?, files: [FileEntry] = [], facts: [FileFacts] = []) -> InspectedDeposit {
        var byPath: [String: FileFacts] = [:]
        for item in facts { byPath[item.path] = item }
        return InspectedDeposit(Deposit.example(metadata: text, files: files), facts: byPath,
                                gathered: Set(FactKind.allCases))
    }
}
