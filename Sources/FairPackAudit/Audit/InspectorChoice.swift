import FairPackBase
import FairPackDeposit
import FairPackFormats
import FairPackHashing
import FairPackInspection

/// Which inspector gathers each kind of fact: the one place that names concrete inspectors,
/// so the reader stays ignorant of them (DESIGN §3.2).
public enum InspectorChoice {
    /// The inspectors that gather `kinds` for `deposit`, one per kind; none for duplicates when
    /// the digests already give every file its SHA-256 (hashing it twice doubled the work).
    public static func factories(for kinds: Set<FactKind>, in deposit: Deposit,
                                 digests: [DigestAlgorithm] = [.sha256]) -> [any InspectorFactory] {
        let hashedAnyway = kinds.contains(.digests) && digests.contains(.sha256)
        return kinds.sorted().filter { !(hashedAnyway && $0 == .duplicates) }.map { kind -> any InspectorFactory in
            switch kind {
            case .pdf: return PDFInspectorFactory()
            case .dmp: return MaDMPInspectorFactory(path: deposit.metadata?.dmp?.value)
            case .digests: return DigestInspectorFactory(digests)
            case .crate: return ExistingCrateInspectorFactory()
            case .format: return FormatInspectorFactory()
            case .duplicates: return SharedSizeDigestFactory(deposit.inventory)
            case .licences: return LicenceInspectorFactory()
            case .table: return TableInspectorFactory(metadata: deposit.metadata)
            case .encoding: return EncodingInspectorFactory(tablesReadElsewhere: kinds.contains(.table))
            case .personalData: return PersonalDataInspectorFactory(publishedAddresses: publishedAddresses(deposit.metadata))
            }
        }
    }

    /// The e-mail addresses `deposit.yaml` publishes for the authors and the contact.
    static func publishedAddresses(_ metadata: DepositMetadata?) -> [String] {
        let people = (metadata?.authors?.value.map(\.value) ?? []) + [metadata?.contact?.value].compactMap { $0 }
        return people.compactMap { $0.email?.value }
    }
}
