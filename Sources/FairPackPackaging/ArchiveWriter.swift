import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import CArchive
import Foundation

/// The archive forms `pack` writes, chosen by the output's extension.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    case zip
    case tar
    case tarGzip = "tar.gz"

    /// The form for an output path: `.zip`, `.tar`, `.tar.gz` or `.tgz`; nil for a bag directory.
    public static func forOutput(_ path: String) -> ArchiveFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".zip") { return .zip }
        if lower.hasSuffix(".tar.gz") || lower.hasSuffix(".tgz") { return .tarGzip }
        if lower.hasSuffix(".tar") { return .tar }
        return nil
    }

    /// The output's name without the archive extension: the bag's folder name inside the archive.
    public static func bagName(forOutput path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".tar.gz", ".tgz", ".zip", ".tar"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name.isEmpty ? "bag" : name
    }
}

/// A libarchive failure, turned into a sentence.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The sentence.
    public var description: String { message }
}

/// Writes a zip, tar or tar.gz archive through libarchive: the only writer that touches CArchive.
///
/// Entries get fixed owner (0/0, no names) and permissions (0644 files, 0755 folders) and the
/// modification time they are given; gzip gets no timestamp; so the same entries give the same
/// bytes. Zip entries are stored when their content is already compressed, deflated otherwise;
/// libarchive switches to zip64 by itself when sizes need it.
final class ArchiveWriter {
    private let archive: OpaquePointer
    private let format: ArchiveFormat
    private var closed = false
    /// Every entry name written, as bytes: writing one twice is a bug, refused before a byte is written.
    private var written: Set<[UInt8]> = []

    /// Opens `path` for writing in `format`.
    ///
    /// `rawNames` marks tar names as bytes (`hdrcharset=BINARY`): libarchive, bagit-python's
    /// tarfile and GNU tar then keep a decomposed (NFD) name exactly, where libarchive would
    /// read a UTF-8 name back as NFC. GNU tar notes once per entry that it ignores the
    /// keyword, so it is set only for bags that hold a name not in NFC.
    init(path: String, format: ArchiveFormat, rawNames: Bool = false) throws(ArchiveError) {
        ArchiveLocale.useUTF8()
        guard let archive = archive_write_new() else { throw ArchiveError(message: "libarchive could not start a writer") }
        self.archive = archive
        self.format = format
        switch format {
        case .zip:
            try check(archive_write_set_format_zip(archive), "choose the zip format")
            try check(archive_write_set_options(archive, "zip:hdrcharset=UTF-8"), "mark zip names as UTF-8")
        case .tar:
            try check(archive_write_set_format_pax_restricted(archive), "choose the tar format")
            if rawNames { try check(archive_write_set_options(archive, "pax:hdrcharset=BINARY"), "keep names as their bytes") }
        case .tarGzip:
            try check(archive_write_set_format_pax_restricted(archive), "choose the tar format")
            if rawNames { try check(archive_write_set_options(archive, "pax:hdrcharset=BINARY"), "keep names as their bytes") }
            try check(archive_write_add_filter_gzip(archive), "add gzip compression")
            try check(archive_write_set_options(archive, "gzip:!timestamp"), "turn off the gzip timestamp")
        }
        try check(archive_write_open_filename(archive, path), "create the archive")
    }

    deinit {
        if !closed { archive_write_close(archive) }
        archive_write_free(archive)
    }

    /// Starts a file entry of `size` bytes; its content follows with ``write(_:)``.
    func beginFile(_ path: String, size: UInt64, modified: Double) throws(ArchiveError) {
        if format == .zip {
            let store = Self.storedExtensions.contains((path as NSString).pathExtension.lowercased())
            _ = store ? archive_write_zip_set_compression_store(archive) : archive_write_zip_set_compression_deflate(archive)
        }
        try header(path, size: size, modified: modified, isFolder: false)
    }

    /// Appends bytes to the current file entry.
    func write(_ chunk: UnsafeRawBufferPointer) throws(ArchiveError) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        var offset = 0
        while offset < chunk.count {
            let written = archive_write_data(archive, base + offset, chunk.count - offset)
            guard written > 0 else { throw error("write an entry") }
            offset += written
        }
    }

    /// Finishes the archive; it is complete only if this succeeds.
    func close() throws(ArchiveError) {
        closed = true
        try check(archive_write_close(archive), "finish the archive")
    }

    /// Formats already compressed: deflating them again costs time and saves nothing.
    static let storedExtensions: Set<String> = [
        "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "jpg", "jpeg", "png", "gif", "webp", "heic", "jp2",
        "mp3", "mp4", "m4a", "m4v", "mov", "mkv", "webm", "ogg", "oga", "ogv", "opus", "flac", "aac", "avi",
        "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "jar", "eln",
    ]

    private func header(_ path: String, size: UInt64, modified: Double, isFolder: Bool) throws(ArchiveError) {
        guard written.insert(Array(path.utf8)).inserted else {
            throw ArchiveError(message: "could not add \(path): the archive already holds an entry of that name")
        }
        guard let entry = archive_entry_new() else { throw ArchiveError(message: "libarchive could not make an entry") }
        defer { archive_entry_free(entry) }
        // The name goes in as the locale's bytes (UTF-8, see ArchiveLocale), not as "UTF-8":
        // libarchive turns a UTF-8 name into NFC on its way to the header, so an NFD name
        // (as macOS writes them) would no longer match its manifest line. As bytes it is
        // written exactly as it is in the manifest and the crate.
        archive_entry_copy_pathname(entry, path)
        archive_entry_set_filetype(entry, isFolder ? FAIRPACK_AE_IFDIR : FAIRPACK_AE_IFREG)
        archive_entry_set_perm(entry, isFolder ? 0o755 : 0o644)
        archive_entry_set_size(entry, isFolder ? 0 : Int64(size))
        archive_entry_set_uid(entry, 0)
        archive_entry_set_gid(entry, 0)
        let seconds = modified.rounded(.down)
        archive_entry_set_mtime(entry, time_t(seconds), 0)
        try check(archive_write_header(archive, entry), "add \(path)")
    }

    private func check(_ status: Int32, _ action: String) throws(ArchiveError) {
        if status < ARCHIVE_WARN { throw error(action) }
    }

    private func error(_ action: String) -> ArchiveError {
        let code = archive_errno(archive)
        if [ENOSPC, EDQUOT, EFBIG].contains(code) {
            return ArchiveError(message: "could not \(action): \(SystemError.reason(errno: code))")
        }
        let detail = archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
        return ArchiveError(message: "could not \(action): \(detail)")
    }
}

/// libarchive converts names through the C locale's character set: in the default "C" locale a
/// name like `données` cannot be converted and the tar writer fails. fairpack's names are
/// UTF-8, so it sets a UTF-8 character type for the process before using libarchive.
enum ArchiveLocale {
    private static let once: Void = {
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }()

    /// Switches LC_CTYPE to UTF-8, once.
    static func useUTF8() {
        _ = once
    }
}
