import FairPackChecks

/// Every rule `verify` applies to a BagIt bag (RFC 8493), with a stable id.
///
/// Ids never change meaning; new rules get new ids. The RO-Crate rules are `crate.*`
/// (FairPackCrates' `CrateRule`); docs/crate-rules.md lists both.
public enum BagRule: String, Sendable, CaseIterable {
    /// An entry of a bundle (bag or crate) was not read: a link, an unsafe path, something that
    /// is not a regular file.
    case refused = "bundle.read.refused"
    /// A bundle's archive is damaged: truncated, or holding a name twice.
    case damaged = "bundle.archive.damaged"
    /// `bagit.txt` does not declare a known BagIt version in UTF-8.
    case declaration = "bag.declaration"
    /// The bag has no payload manifest.
    case manifestMissing = "bag.manifest.missing"
    /// A manifest uses an algorithm this verifier does not compute.
    case manifestUnsupported = "bag.manifest.unsupported"
    /// A manifest line is not `digest path`, or names a path outside `data/`.
    case manifestLine = "bag.manifest.line"
    /// A file a payload manifest lists is absent (and not listed in fetch.txt).
    case fileMissing = "bag.file.missing"
    /// A payload file's digest differs from its manifest.
    case fileDigest = "bag.file.digest"
    /// A payload file is listed in no payload manifest.
    case fileExtra = "bag.file.extra"
    /// A file a tag manifest lists is absent.
    case tagMissing = "bag.tag.missing"
    /// A tag file's digest differs from its tag manifest.
    case tagDigest = "bag.tag.digest"
    /// `Payload-Oxum` differs from the payload's size and file count.
    case oxum = "bag.oxum"
    /// A `fetch.txt` line is not `url length path` under `data/`.
    case fetchLine = "bag.fetch.line"
    /// Files listed in `fetch.txt` are not present yet.
    case fetchPending = "bag.fetch.pending"
    /// A payload file of a bag holding an RO-Crate is not described in its metadata.
    case crateUndescribed = "bag.crate.undescribed"

    /// Errors for what breaks the bag; a warning for an undescribed file (RO-Crate allows it);
    /// files still to fetch are a note, or errors with `--completeness`.
    public var severity: Severity {
        switch self {
        case .crateUndescribed: return .warning
        case .fetchPending: return .note
        default: return .error
        }
    }

    /// One sentence: what to do about a finding of this rule.
    public var fix: String {
        switch self {
        case .refused: return "Replace links and unsafe paths by the files themselves, then make the bag again."
        case .damaged: return "Get a complete copy of the archive from its sender."
        case .declaration: return "Write bagit.txt as `BagIt-Version: 1.0` then `Tag-File-Character-Encoding: UTF-8`."
        case .manifestMissing: return "Make the bag again with a BagIt tool, which writes manifest-sha512.txt."
        case .manifestUnsupported: return "Add a manifest with sha256 or sha512."
        case .manifestLine: return "Write each line as the digest, a space, and a path under data/."
        case .fileMissing: return "Get the missing file from the bag's sender, or list it in fetch.txt."
        case .fileDigest: return "Get an undamaged copy of the file from the bag's sender."
        case .fileExtra: return "Remove the file, or make the bag again so its manifests list it."
        case .tagMissing: return "Restore the tag file, or make the bag again."
        case .tagDigest: return "Restore the original tag file, or make the bag again."
        case .oxum: return "Find the missing or extra payload files, or make the bag again."
        case .fetchLine: return "Write each fetch.txt line as the URL, the size in bytes (or -), and a path under data/."
        case .fetchPending: return "Download the files fetch.txt lists (a BagIt tool can), then verify again; --completeness lists them."
        case .crateUndescribed: return "Describe the file as a File entity in ro-crate-metadata.json, linked from the root's hasPart."
        }
    }

    /// One sentence: what the rule requires.
    public var summary: String {
        switch self {
        case .refused: return "Every entry is a regular file or folder whose path stays inside the bag; links are never followed."
        case .damaged: return "The archive is complete and holds each name once."
        case .declaration: return "bagit.txt declares BagIt-Version 0.97 or 1.0 and Tag-File-Character-Encoding UTF-8 (RFC 8493 §2.1.1)."
        case .manifestMissing: return "The bag has at least one payload manifest (RFC 8493 §2.1.3)."
        case .manifestUnsupported: return "Manifests use md5, sha1, sha256 or sha512, the algorithms verify computes."
        case .manifestLine: return "Each manifest line is `checksum filepath`, with a path under data/ (RFC 8493 §2.1.3)."
        case .fileMissing: return "Every file a payload manifest lists is present, unless fetch.txt will download it (RFC 8493 §3)."
        case .fileDigest: return "Every payload file has the digest its manifests list (RFC 8493 §3)."
        case .fileExtra: return "Every payload file is listed in every payload manifest (RFC 8493 §3)."
        case .tagMissing: return "Every file a tag manifest lists is present (RFC 8493 §2.2.1)."
        case .tagDigest: return "Every tag file has the digest its tag manifests list (RFC 8493 §2.2.1)."
        case .oxum: return "Payload-Oxum, when given, is the payload's octet count and file count (RFC 8493 §2.2.2)."
        case .fetchLine: return "Each fetch.txt line is `url length filepath`, with a path under data/ (RFC 8493 §2.2.3)."
        case .fetchPending: return "Files listed in fetch.txt are present; with --completeness each absent one is an error, otherwise one note counts them."
        case .crateUndescribed: return "Each payload file of a bag holding an RO-Crate is described in its metadata."
        }
    }
}

/// One problem found in a bag: the rule, the path in the bag, and a sentence.
struct BagProblem: Sendable, Equatable {
    let rule: BagRule
    let path: String?
    let message: String
}
