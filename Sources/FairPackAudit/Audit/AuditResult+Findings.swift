import FairPackDeposit
import FairPackChecks

extension AuditResult {
    /// A result whose findings come from no profile's audit, such as `verify`'s checks of a
    /// bag or an RO-Crate made elsewhere: no rule settings, nothing excluded.
    ///
    /// - Parameters:
    ///   - root: the path checked, as given.
    ///   - profiles: what it was checked against (`BagIt 1.0`, `RO-Crate 1.2`).
    ///   - findings: the findings, in report order.
    ///   - files: the files checked, paths relative to `root`.
    public init(root: String, profiles: [String], findings: [Finding], files: [FileEntry]) {
        self.init(root: root, profiles: profiles, findings: findings, files: files, excluded: [], rules: [])
    }
}
