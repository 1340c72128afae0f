@testable import FairPackBase
@testable import FairPackHashing
@testable import FairPackPackaging
import FairPackTestSupport
import Foundation

/// Small crates and bags built on disk, the way other tools write them.
enum BundleFixtures {
    /// The text of the one payload file most fixtures hold.
    static let table = "site,count\nPoitiers,25\n"

    /// A valid RO-Crate metadata document of `version`, with extra root members and entities spliced in.
    static func metadata(
        version: String = "1.2", root: String = ##", "hasPart": [{"@id": "survey.csv"}]"##,
        entities: String = ##", {"@id": "survey.csv", "@type": "File", "name": "Survey"}"##,
        context: String? = nil, datePublished: String = "2024-05-17"
    ) -> String {
        """
        {"@context": \(context ?? "\"https://w3id.org/ro/crate/\(version)/context\""),
         "@graph": [
          {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
           "conformsTo": {"@id": "https://w3id.org/ro/crate/\(version)"}},
          {"@id": "./", "@type": "Dataset", "name": "Survey", "description": "Answers to the survey.",
           "datePublished": "\(datePublished)", "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}\(root)}\(entities)
         ]}
        """
    }

    /// Writes a crate folder at `relative` in `folder`: the metadata and `files` (path → text).
    @discardableResult
    static func crate(_ relative: String, in folder: TemporaryFolder, metadata: String = metadata(),
                      files: [String: String] = ["survey.csv": table]) throws -> String {
        try folder.write("\(relative)/ro-crate-metadata.json", metadata)
        for (path, text) in files { try folder.write("\(relative)/\(path)", text) }
        return folder.url(relative)
    }

    /// Turns the folder at `path` into a BagIt 1.0 bag in place: its content moves under data/,
    /// with a sha256 manifest, bag-info.txt with Payload-Oxum, and a tag manifest.
    static func bag(_ path: String, fetch: String? = nil, omitFromManifest: Set<String> = []) throws {
        let manager = FileManager.default
        let staging = path + ".payload"
        try manager.moveItem(atPath: path, toPath: staging)
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        try manager.moveItem(atPath: staging, toPath: path + "/data")
        var lines: [String] = []
        var bytes = 0
        let files = (manager.enumerator(atPath: path + "/data")?.allObjects as? [String] ?? []).sorted()
        var count = 0
        for relative in files {
            var isFolder: ObjCBool = false
            manager.fileExists(atPath: path + "/data/" + relative, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path + "/data/" + relative))
            bytes += data.count
            count += 1
            if omitFromManifest.contains("data/" + relative) { continue }
            lines.append("\(MultiDigest.of(data, [.sha256])[.sha256] ?? "")  data/\(relative)")
        }
        try write(path + "/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        try write(path + "/manifest-sha256.txt", lines.joined(separator: "\n") + "\n")
        try write(path + "/bag-info.txt", "Bagging-Date: 2024-05-17\nPayload-Oxum: \(bytes).\(count)\n")
        var tags = ["bagit.txt", "manifest-sha256.txt", "bag-info.txt"]
        if let fetch {
            try write(path + "/fetch.txt", fetch)
            tags.append("fetch.txt")
        }
        let tagLines = try tags.map { name in
            "\(MultiDigest.of(try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)), [.sha256])[.sha256] ?? "")  \(name)"
        }
        try write(path + "/tagmanifest-sha256.txt", tagLines.joined(separator: "\n") + "\n")
    }

    /// Zips `items` (folders or files, relative to `folder`) into `archive` with the zip tool.
    static func zip(_ archive: String, _ items: [String], in folder: String) throws {
        try run("/usr/bin/zip", ["-q", "-r", "-X", archive] + items, in: folder)
    }

    /// Runs a tool and fails when it does.
    static func run(_ tool: String, _ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw CocoaError(.fileWriteUnknown) }
    }

    private static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
