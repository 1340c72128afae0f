/// Whether a file under one licence may sit inside a deposit published under another.
public enum LicenceCompatibility: Sendable, Hashable {
    /// The file's licence does not contradict the deposit's.
    case compatible
    /// The file's licence contradicts the deposit's; `reason` says how, in one sentence.
    case incompatible(reason: String)
    /// One of the licences is not in the catalogue: nothing can be said.
    case unknown(reason: String)

    /// Whether the combination is known to be fine.
    public var isCompatible: Bool { self == .compatible }

    /// May a file under `fileLicence` sit inside a deposit under `depositLicence`?
    ///
    /// Software licences on code beside an open data or content licence are accepted: the deposit
    /// licence covers the data and documents, the code keeps its own. Otherwise the file's
    /// conditions must not be stricter than the deposit's: share-alike, non-commercial,
    /// no-derivatives and attribution are each checked.
    public static func check(file fileLicence: String, inDeposit depositLicence: String) -> LicenceCompatibility {
        guard let file = LicenceCatalogue.licence(id: fileLicence) else {
            return .unknown(reason: "\(fileLicence) is not a licence fairpack knows; check its terms by hand.")
        }
        guard let deposit = LicenceCatalogue.licence(id: depositLicence) else {
            return .unknown(reason: "\(depositLicence) is not a licence fairpack knows; check its terms by hand.")
        }
        if file.id == deposit.id { return .compatible }
        if file.isSoftwareLicence && !deposit.isSoftwareLicence { return .compatible }
        if file.isSoftwareLicence && deposit.isSoftwareLicence {
            return file.isShareAlike
                ? .incompatible(reason: "\(file.id) requires the combined work under its own terms, which \(deposit.id) does not impose.")
                : .compatible
        }
        if file.isNonCommercial && !deposit.isNonCommercial {
            return .incompatible(reason: "\(file.id) forbids commercial use, which \(deposit.id) allows.")
        }
        if file.isNoDerivatives && !deposit.isNoDerivatives {
            return .incompatible(reason: "\(file.id) forbids sharing adaptations, which \(deposit.id) allows.")
        }
        if file.isShareAlike {
            return .incompatible(reason: "\(file.id) requires derivatives under the same licence, which \(deposit.id) does not.")
        }
        if file.requiresAttribution && deposit.isPublicDomain {
            return .incompatible(reason: "\(file.id) requires attribution, which \(deposit.id) waives.")
        }
        if deposit.isSoftwareLicence && !file.isPublicDomain {
            return .incompatible(reason: "\(file.id) is a data or content licence that \(deposit.id), a software licence, does not carry over.")
        }
        return .compatible
    }
}
