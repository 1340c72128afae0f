import FairPackBase
import Foundation

/// The `deposit.yaml` that `fairpack init` writes: every key, commented, ready to fill in.
public enum DepositSkeleton {
    /// The skeleton's text for a deposit whose folder is named `name`, dated `today` (YYYY-MM-DD).
    public static func text(name: String, today: String) -> String {
        """
        # Metadata of this deposit, read by fairpack (`fairpack explain` tells what each rule wants).
        title: ""                      # the full title, e.g. "\(name): interviews with teachers, 2021"
        description: ""                # a paragraph: what the deposit holds, how it was produced, how to reuse it
        licence: etalab-2.0            # an SPDX id: etalab-2.0, CC-BY-4.0, CC0-1.0, ODbL-1.0, …
        language: fr                   # ISO 639-1 code of the main language
        keywords: []                   # at least three, e.g. [numérique éducatif, entretiens, innovation]
        subjects: []                   # from Dataverse's list, e.g. [Social Sciences]
        dates:
          created: \(today)
        authors:
          - name: ""                   # "Family, Given"
            orcid: ""                  # 0000-0000-0000-000X
            affiliation: { name: "", ror: "" }
          # - { organization: "", ror: "" }   # an organisation as author needs no ORCID iD
        contact: { name: "", email: "" }
        # publisher: { name: "", ror: "" }
        # funding: [{ funder: "", award: "" }]
        # related: [{ id: hal-00000000, relation: IsSupplementTo }]
        # deliverables: [{ path: deliverables/report.pdf, type: REPORT, domain: shs.edu, language: fr, title: "" }]
        # files: [{ path: data/table.csv, description: "", personal-data: none }]   # a file, a folder (code/) or a glob (code/**/*.py)
        profiles: [fair-core]
        exclude: []                    # globs neither audited nor packed, e.g. ["drafts/**", "*.tmp"]

        """
    }

    /// Writes the skeleton into the folder `root`, returning the file's path.
    /// Refuses when the folder is missing or a deposit.yaml is already there.
    public static func write(in root: String) throws(DepositError) -> String {
        try write(text(name: folderName(of: root), today: today()), in: root)
    }

    /// The name of the folder `root` (the last component of its absolute path).
    public static func folderName(of root: String) -> String {
        URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
    }

    /// Today's date as YYYY-MM-DD.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// Writes `contents` as the deposit.yaml of the folder `root`, returning the file's path.
    /// Refuses when the folder is missing or a deposit.yaml is already there.
    public static func write(_ contents: String, in root: String) throws(DepositError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAFolder(root)
        }
        let path = (root as NSString).appendingPathComponent(DepositMetadata.fileName)
        let data = Data(contents.utf8)
        // O_EXCL: never overwrite, even if a file appears between a check and the write.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw .alreadyExists(path) }
            throw .unwritable(path, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw .unwritable(path, reason: error.localizedDescription)
        }
        return path
    }
}
