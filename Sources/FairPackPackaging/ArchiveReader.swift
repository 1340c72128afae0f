import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import CArchive
import Foundation

/// Reads the entries of a zip, tar or tar.gz archive through libarchive, without extracting
/// anything: the only reader that touches CArchive.
final class ArchiveReader {
    /// An entry's kind.
    enum Kind {
        case file, folder, link, other
    }

    private let archive: OpaquePointer

    /// Opens `path`; any format and compression libarchive knows.
    init(path: String) throws(ArchiveError) {
        ArchiveLocale.useUTF8()
        guard let archive = archive_read_new() else { throw ArchiveError(message: "libarchive could not start a reader") }
        self.archive = archive
        archive_read_support_format_zip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_gnutar(archive)
        archive_read_support_filter_all(archive)
        guard archive_read_open_filename(archive, path, 1 << 20) == ARCHIVE_OK else { throw error("open the archive") }
    }

    deinit {
        archive_read_free(archive)
    }

    /// Calls `visit` for each entry with its path, kind and size; `visit` may read the entry's
    /// bytes with the `read` function it is given. Stops at the first error.
    func forEachEntry(_ visit: (_ path: String, _ kind: Kind, _ size: Int64,
                                _ read: ((UnsafeRawBufferPointer) -> Void) -> Void) throws(ArchiveError) -> Void)
        throws(ArchiveError) {
        var entry: OpaquePointer?
        let chunkBuffer = ChunkBuffer()
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { return }
            guard status >= ARCHIVE_WARN, let entry else { throw error("read the next entry") }
            let path = archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
            let type = archive_entry_filetype(entry)
            let kind: Kind
            if archive_entry_hardlink(entry) != nil || type == FAIRPACK_AE_IFLNK {
                kind = .link
            } else if type == FAIRPACK_AE_IFREG {
                kind = .file
            } else if type == FAIRPACK_AE_IFDIR {
                kind = .folder
            } else {
                kind = .other
            }
            let size = archive_entry_size(entry)
            var readFailure: ArchiveError?
            try visit(path, kind, size) { consume in
                let buffer = chunkBuffer.bytes
                while true {
                    let count = archive_read_data(archive, buffer.baseAddress, buffer.count)
                    if count == 0 { return }
                    if count < 0 {
                        readFailure = error("read \(path)")
                        return
                    }
                    consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                }
            }
            if let readFailure { throw readFailure }
        }
    }

    private func error(_ action: String) -> ArchiveError {
        let detail = archive_error_string(archive).map { String(cString: $0) } ?? "not a readable archive"
        return ArchiveError(message: "could not \(action): \(detail)")
    }
}
