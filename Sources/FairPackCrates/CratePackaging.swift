/// Rules on how a crate is packed: inside a BagIt bag, or as an `.eln` archive.
public enum CratePackaging {
    /// Checks that a bag's payload manifest lists the metadata file.
    ///
    /// - Parameter manifestPaths: the paths of one payload manifest (`manifest-<alg>.txt`), as written
    ///   in it (`data/ro-crate-metadata.json`), percent-encoded newlines already decoded.
    public static func bagManifestFindings(manifestPaths: [String]) -> [CrateFinding] {
        let wanted = "data/" + CrateVersion.descriptorID
        if manifestPaths.contains(where: { CratePayload.normalise($0) == wanted }) { return [] }
        return [
            CrateFinding(
                .bagitManifest, message: "The bag's payload manifest does not list \(wanted).",
                fix: "Regenerate the bag so its manifest covers every file in data/, the metadata file included."),
        ]
    }

    /// Checks the layout of an `.eln` archive: every entry under one top folder named after the archive
    /// (without `.eln`), holding `ro-crate-metadata.json`.
    ///
    /// - Parameters:
    ///   - archiveName: the archive's file name, such as `experiment.eln`.
    ///   - entryPaths: the paths of the archive's entries.
    public static func elnFolderFindings(archiveName: String, entryPaths: [String]) -> [CrateFinding] {
        let folder = archiveName.lowercased().hasSuffix(".eln") ? String(archiveName.dropLast(4)) : archiveName
        let tops = Set(entryPaths.compactMap { $0.split(separator: "/", omittingEmptySubsequences: true).first.map(String.init) })
        var findings: [CrateFinding] = []
        if tops != [folder] {
            let found = tops.sorted().prefix(5).joined(separator: ", ")
            findings.append(
                CrateFinding(
                    .elnFolder, message: "The archive \(archiveName) should hold only the folder \(folder)/ but holds \(found.isEmpty ? "nothing" : found).",
                    fix: "Put the crate in a single folder \(folder)/ at the top of the archive."))
        }
        if !entryPaths.contains(where: { CratePayload.normalise($0) == "\(folder)/\(CrateVersion.descriptorID)" }) {
            findings.append(
                CrateFinding(
                    .elnFolder, message: "The archive \(archiveName) has no \(folder)/\(CrateVersion.descriptorID).",
                    fix: "Put ro-crate-metadata.json directly in the folder \(folder)/."))
        }
        return findings
    }

    /// Checks `ro-crate-preview.html`: an HTML5 document starts with its doctype.
    ///
    /// - Parameter html: the file's bytes.
    public static func previewFindings(html: [UInt8]) -> [CrateFinding] {
        let head = String(decoding: html.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("<!doctype html") { return [] }
        return [
            CrateFinding(
                .preview, message: "ro-crate-preview.html has no HTML5 doctype, so it is not an HTML5 document.",
                fix: "Start ro-crate-preview.html with <!DOCTYPE html>, or remove it."),
        ]
    }
}
