// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "fairpack",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FairPack", targets: ["FairPack"]),
        .executable(name: "fairpack", targets: ["fairpack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // libarchive, found through pkg-config; only the packaging code imports it.
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        // The library: every rule, reader and writer. It never prints.
        .target(
            name: "FairPack",
            dependencies: [
                "CArchive",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .copy("Resources/Profiles"),
                .copy("Resources/spdx-licences.tsv"),
                .copy("Resources/iso639-1.tsv"),
            ]
        ),
        // Licence catalogue, licence-text detection, name resolution and compatibility (Foundation only).
        .target(name: "FairPackLicences", exclude: ["Texts"]),
        // The command line: parses flags, calls the library, prints, picks the exit code.
        .executableTarget(
            name: "fairpack",
            dependencies: [
                "FairPack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Unit tests, folders mirroring Sources/FairPack.
        .testTarget(name: "FairPackTests", dependencies: ["FairPack"]),
        // Licence detection on real-shaped licence files, notices and READMEs.
        .testTarget(name: "FairPackLicencesTests", dependencies: ["FairPackLicences"], exclude: ["Fixtures"]),
        // End-to-end tests that run the built binary on Samples and fixtures.
        .testTarget(name: "fairpackTests", dependencies: ["FairPack"]),
    ]
)
