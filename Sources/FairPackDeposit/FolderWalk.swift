import FairPackBase
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a deposit folder with the POSIX directory calls, so that names that are not UTF-8
/// are seen as they are and symbolic links are recorded without ever being followed.
package struct FolderWalk {
    /// Folders at the root that are never part of a deposit.
    static let alwaysExcluded: Set<String> = [".git", ".fairpack"]

    let exclude: [PathPattern]
    package var entries: [FileEntry] = []
    package var excluded: [String] = []

    package init(exclude: [PathPattern]) {
        self.exclude = exclude
    }

    /// Walks the folder at `root`.
    package mutating func walk(root: String) throws(DepositError) {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notAFolder(root) }
            throw .unreadable(root, reason: String(cString: strerror(code)))
        }
        walkFolder(fd: fd, prefix: "", prefixIsUTF8: true)
    }

    private mutating func walkFolder(fd: Int32, prefix: String, prefixIsUTF8: Bool) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw -> [UInt8] in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [46] || name == [46, 46] { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        for name in names {
            visit(name: name, in: fd, prefix: prefix, prefixIsUTF8: prefixIsUTF8)
        }
    }

    private mutating func visit(name: [UInt8], in parent: Int32, prefix: String, prefixIsUTF8: Bool) {
        let text = String(decoding: name, as: UTF8.self)
        let isUTF8 = prefixIsUTF8 && String(validating: name, as: UTF8.self) != nil
        let path = prefix.isEmpty ? text : prefix + "/" + text
        var info = stat()
        let cName = name.map { CChar(bitPattern: $0) } + [0]
        guard fstatat(parent, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            entries.append(FileEntry(path: path, kind: .unreadableFolder, isReadable: false, nameIsUTF8: isUTF8))
            return
        }
        let type = info.st_mode & S_IFMT
        let isFolder = type == S_IFDIR
        if prefix.isEmpty, Self.alwaysExcluded.contains(text) || isExcluded(path, isFolder: isFolder) {
            excluded.append(isFolder ? path + "/" : path)
            return
        }
        if !prefix.isEmpty, isExcluded(path, isFolder: isFolder) {
            excluded.append(isFolder ? path + "/" : path)
            return
        }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        switch type {
        case S_IFDIR:
            let child = openat(parent, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else {
                entries.append(FileEntry(path: path, kind: .unreadableFolder, modified: modified,
                                         isReadable: false, nameIsUTF8: isUTF8))
                return
            }
            walkFolder(fd: child, prefix: path, prefixIsUTF8: isUTF8)
        case S_IFREG:
            let readable = faccessat(parent, cName, R_OK, 0) == 0
            entries.append(FileEntry(path: path, kind: .file, size: UInt64(info.st_size), modified: modified,
                                     isReadable: readable, nameIsUTF8: isUTF8))
        case S_IFLNK:
            entries.append(FileEntry(path: path, kind: .symlink, modified: modified, nameIsUTF8: isUTF8,
                                     linkTarget: Self.readLink(parent, cName)))
        default:
            entries.append(FileEntry(path: path, kind: .special, modified: modified, nameIsUTF8: isUTF8))
        }
    }

    private func isExcluded(_ path: String, isFolder: Bool) -> Bool {
        exclude.contains { $0.matches(path, isFolder: isFolder) }
    }

    private static func readLink(_ parent: Int32, _ name: [CChar]) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlinkat(parent, name, &buffer, buffer.count)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
