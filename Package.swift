// swift-tools-version:6.0
import PackageDescription

// The library is a stack of small targets; each may import only the ones listed as its
// dependencies, so an arrow pointing the wrong way does not compile. The map, and why each
// arrow exists, is docs/architecture.md.
let package = Package(
    name: "fairpack",
    products: [
        .library(name: "FairPack", targets: [
            "FairPackBase", "FairPackDeposit", "FairPackInspection", "FairPackHashing", "FairPackFormats",
            "FairPackChecks", "FairPackAudit", "FairPackReports", "FairPackPackaging", "FairPackExport", "FairPackCrates", "FairPackLicences",
            "FairPackCache",
        ]),
        .executable(name: "fairpack", targets: ["fairpack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C seams: libarchive, found through pkg-config; only FairPackPackaging imports it.
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        // The system's libcrypto (OpenSSL 3), found through pkg-config; only FairPackHashing imports it.
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // zlib, found through pkg-config; only the Flate inflater (FairPackFormats) imports it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Base: identifiers, YAML with locations, the system-call seam, small value types, compiled-in tables.
        .target(name: "FairPackBase", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The deposit: deposit.yaml's model and the walk of the folder.
        .target(name: "FairPackDeposit", dependencies: ["FairPackBase"]),
        // The one read of each file: the Inspector protocol, the reader and the facts it gathers.
        .target(name: "FairPackInspection", dependencies: ["FairPackDeposit"]),
        // Digests over the one read (SHA-256, SHA-512, SHA-1, MD5), in the system's libcrypto.
        .target(name: "FairPackHashing", dependencies: ["FairPackInspection", "CCrypto"]),
        // Inspectors of file content: identification from content, PDF, maDMP, tables, text encodings, personal data.
        .target(name: "FairPackFormats", dependencies: ["FairPackInspection", "CZlib", .product(name: "Crypto", package: "swift-crypto")]),
        // Licence catalogue, licence-text detection, name resolution and compatibility (official texts compiled in).
        .target(name: "FairPackLicences", exclude: ["Texts"]),
        // The Check protocol, typed parameters, the registry and every check; checks read facts, never files
        // (the licence catalogue, name resolution and compatibility come from the pure FairPackLicences).
        .target(name: "FairPackChecks", dependencies: ["FairPackInspection", "FairPackLicences"]),
        // Profiles (YAML, extends, settings) and the audit that runs them with the inspectors they need.
        .target(name: "FairPackAudit", dependencies: ["FairPackChecks", "FairPackFormats", "FairPackHashing", "FairPackLicences"]),
        // Report renderers over an audit's result.
        .target(name: "FairPackReports", dependencies: ["FairPackAudit"]),
        // BagIt bags holding an RO-Crate: pack, and verify of any bag, crate or .eln (the crate rules from FairPackCrates), through libarchive.
        .target(name: "FairPackPackaging", dependencies: ["FairPackAudit", "CArchive", "FairPackCrates"]),
        // RO-Crate validation: the 1.1-1.3 specifications' rules over a metadata document and a payload listing, offline.
        .target(name: "FairPackCrates"),
        // Exports of deposit.yaml for repositories (Dataverse native JSON).
        .target(name: "FairPackExport", dependencies: ["FairPackDeposit"]),

        // Digests remembered between runs in the user's cache folder (SQLite through GRDB), so a second check reads nothing unchanged.
        .target(name: "FairPackCache", dependencies: ["FairPackInspection", .product(name: "GRDB", package: "GRDB.swift")]),

        // The command line: parses flags, calls the library, prints, maps errors to exit codes.
        .executableTarget(name: "fairpack", dependencies: [
            "FairPackReports", "FairPackPackaging", "FairPackExport", "FairPackCache",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers shared by the test targets (temporary folders).
        .target(name: "FairPackTestSupport", path: "Tests/FairPackTestSupport"),
        // Unit tests, one target per library target.
        .testTarget(name: "FairPackBaseTests", dependencies: ["FairPackBase", "FairPackTestSupport"]),
        .testTarget(name: "FairPackDepositTests", dependencies: ["FairPackDeposit", "FairPackTestSupport"]),
        .testTarget(name: "FairPackInspectionTests", dependencies: ["FairPackInspection", "FairPackFormats", "FairPackHashing", "FairPackTestSupport"]),
        .testTarget(name: "FairPackHashingTests", dependencies: ["FairPackHashing", "FairPackTestSupport"]),
        .testTarget(name: "FairPackFormatsTests", dependencies: ["FairPackFormats", "FairPackTestSupport"],
                    exclude: ["Fixtures", "Tabular/Fixtures"]),
        .testTarget(name: "FairPackLicencesTests", dependencies: ["FairPackLicences"], exclude: ["Fixtures"]),
        .testTarget(name: "FairPackChecksTests", dependencies: ["FairPackChecks", "FairPackTestSupport"]),
        .testTarget(name: "FairPackAuditTests", dependencies: ["FairPackAudit", "FairPackTestSupport"]),
        .testTarget(name: "FairPackReportsTests", dependencies: ["FairPackReports", "FairPackTestSupport"]),
        .testTarget(name: "FairPackPackagingTests", dependencies: ["FairPackPackaging", "FairPackCrates", "FairPackTestSupport"]),
        .testTarget(name: "FairPackCratesTests", dependencies: ["FairPackCrates"]),
        .testTarget(name: "FairPackExportTests", dependencies: ["FairPackExport", "FairPackTestSupport"]),
        .testTarget(name: "FairPackCacheTests", dependencies: ["FairPackCache", "FairPackInspection", "FairPackHashing", "FairPackTestSupport"]),
        // End-to-end tests of the built executable (a dependency, so `swift test` always runs the current one).
        .testTarget(name: "fairpackTests", dependencies: ["fairpack", "FairPackTestSupport", "FairPackBase"]),
    ]
)

// The libFuzzer harness (`make fuzz`): declared only when FAIRPACK_FUZZ is set, because it has no
// `main` of its own (libFuzzer brings one) and builds only with `--sanitize=fuzzer`.
if Context.environment["FAIRPACK_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "fairpack-fuzz",
        dependencies: ["FairPackBase", "FairPackDeposit", "FairPackInspection", "FairPackFormats", "FairPackLicences",
                       "FairPackAudit", "FairPackPackaging", "FairPackCrates"],
        path: "Tests/Fuzz/Harness",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
