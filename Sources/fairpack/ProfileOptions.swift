import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import FairPackReports
import FairPackPackaging
import FairPackExport
import FairPackHashing
import FairPackFormats
import ArgumentParser

/// Where profiles come from and which to use; shared by the commands that audit.
struct ProfileOptions: ParsableArguments {
    @Option(name: .customLong("profile"),
            help: ArgumentHelp("A profile id, alias or YAML file to audit against (repeatable). Default: the deposit's `profiles:`, else fair-core.",
                               valueName: "id|file"))
    var profiles: [String] = []

    @Option(name: .customLong("profile-path"), help: ArgumentHelp("A folder of extra profiles (repeatable).", valueName: "dir"))
    var profilePaths: [String] = []

    @Flag(name: .customLong("trust-deposit"),
          help: "Let the deposit's own profiles (.fairpack/profiles/) run the external programs they declare.")
    var trustDeposit = false

    /// The catalogue for a deposit at `root` (its `.fairpack/profiles/` included).
    func catalog(depositRoot: String?) throws(ConfigurationError) -> ProfileCatalog {
        try ProfileCatalog.load(searchPaths: profilePaths, depositRoot: depositRoot)
    }

    /// The profiles to use: the flags, else the deposit's `profiles:`, else fair-core.
    func resolve(in catalog: inout ProfileCatalog, deposit: Deposit?) throws(ConfigurationError) -> ResolvedProfile {
        var ids: [String] = []
        if !profiles.isEmpty {
            for value in profiles { ids.append(try catalog.reference(value)) }
        } else if let listed = deposit?.metadata?.profiles, !listed.isEmpty {
            for value in listed {
                guard let document = catalog.document(named: value.value) else {
                    throw ConfigurationError("`profiles` names an unknown profile '\(value.value)'; `fairpack profiles` lists them",
                                             file: DepositMetadata.fileName, line: value.location.line)
                }
                ids.append(document.id)
            }
        } else {
            ids = ["fair-core"]
        }
        return try ProfileResolver.resolve(ids, in: catalog, trustDeposit: trustDeposit)
    }
}
