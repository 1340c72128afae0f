import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a deposit as a BagIt 1.0 bag whose payload is an RO-Crate: a folder, or a zip,
/// tar or tar.gz archive (by the output's extension).
///
/// Each payload file is read once, in 1 MiB chunks; every chunk is hashed with every digest
/// (one core each) while it is written out. Entries come in a fixed order (bagit.txt, the
/// payload sorted by path, the crate files, bag-info.txt, manifests, tag manifests) with
/// each file's own modification time (generated files take the newest payload time), so
/// the same deposit gives the same bytes on the same Bagging-Date. Output goes to a
/// temporary name beside the destination and is renamed only once complete; the deposit
/// folder is only read.
public struct Packer: Sendable {
    /// The manifests to write.
    public var algorithms: [DigestAlgorithm]
    /// The Bagging-Date (`YYYY-MM-DD`).
    public var baggingDate: String

    /// Creates a packer.
    public init(algorithms: [DigestAlgorithm] = DigestAlgorithm.packDefault, baggingDate: String) {
        self.algorithms = algorithms.contains(.sha256) ? algorithms : algorithms + [.sha256]
        self.baggingDate = baggingDate
    }

    /// What a pack wrote.
    public struct Summary: Sendable {
        /// The output path.
        public var output: String
        /// Payload files, the crate's two files included.
        public var files: Int
        /// Payload bytes.
        public var bytes: UInt64
    }

    /// The temporary path used while writing `output`.
    public static func temporaryPath(for output: String) -> String {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        guard let slash = trimmed.lastIndex(of: "/") else { return ".\(trimmed).fairpack-\(getpid()).tmp" }
        let name = trimmed[trimmed.index(after: slash)...]
        return String(trimmed[...slash]) + ".\(name).fairpack-\(getpid()).tmp"
    }

    /// Packs `deposit` into `output`. Removes its temporary output on any error.
    public func pack(_ deposit: Deposit, to output: String) throws(PackError) -> Summary {
        if FileManager.default.fileExists(atPath: output) { throw .outputExists(output) }
        let temporary = Self.temporaryPath(for: output)
        try? FileManager.default.removeItem(atPath: temporary)
        do throws(PackError) {
            let summary = try write(deposit, to: temporary, output: output)
            if FileManager.default.fileExists(atPath: output) { throw PackError.outputExists(output) }
            guard rename(temporary, output) == 0 else {
                throw PackError.io("cannot move the bag to \(output): \(String(cString: strerror(errno)))")
            }
            return summary
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private func write(_ deposit: Deposit, to temporary: String, output: String) throws(PackError) -> Summary {
        let sink: any BagSink
        if let format = ArchiveFormat.forOutput(output) {
            sink = try ArchiveSink(path: temporary, format: format, top: ArchiveFormat.bagName(forOutput: output))
        } else {
            sink = try FolderSink(root: temporary)
        }
        let payload = deposit.inventory.files
        let stamp = payload.map(\.modified).max() ?? 0
        try sink.addFile("bagit.txt", contents: Data(BagFiles.declaration.utf8), modified: stamp)

        var digests: [String: [DigestAlgorithm: String]] = [:]
        let buffer = ChunkBuffer()
        for file in payload {
            digests["data/" + file.path] = try copy(file, root: deposit.root, into: sink, buffer: buffer)
        }
        let hashed = payload.map { ($0, digests["data/" + $0.path]?[.sha256] ?? "") }
        let crate = CrateWriter(deposit: deposit, files: hashed, baggingDate: baggingDate).json()
        let preview = CratePreview.html(deposit: deposit, files: hashed)
        for (name, data) in [("data/ro-crate-metadata.json", crate), ("data/ro-crate-preview.html", preview)] {
            try sink.addFile(name, contents: data, modified: stamp)
            digests[name] = MultiDigest.of(data, algorithms)
        }

        let bytes = payload.reduce(UInt64(crate.count + preview.count)) { $0 + $1.size }
        let info = Data(BagFiles.info(bagInfo(deposit, bytes: bytes, files: payload.count + 2, digests: digests)).utf8)
        try sink.addFile("bag-info.txt", contents: info, modified: stamp)
        var tagDigests: [String: [DigestAlgorithm: String]] = [
            "bagit.txt": MultiDigest.of(Data(BagFiles.declaration.utf8), algorithms),
            "bag-info.txt": MultiDigest.of(info, algorithms),
        ]
        for algorithm in algorithms {
            let manifest = Data(BagFiles.manifest(digests.map { ($0.key, $0.value[algorithm] ?? "") }).utf8)
            try sink.addFile(algorithm.manifestName, contents: manifest, modified: stamp)
            tagDigests[algorithm.manifestName] = MultiDigest.of(manifest, algorithms)
        }
        for algorithm in algorithms {
            let manifest = Data(BagFiles.manifest(tagDigests.map { ($0.key, $0.value[algorithm] ?? "") }).utf8)
            try sink.addFile(algorithm.tagManifestName, contents: manifest, modified: stamp)
        }
        try sink.close()
        return Summary(output: output, files: payload.count + 2, bytes: bytes)
    }

    private func bagInfo(_ deposit: Deposit, bytes: UInt64, files: Int,
                         digests: [String: [DigestAlgorithm: String]]) -> [(String, String)] {
        let metadata = deposit.metadata
        var fields: [(String, String)] = [("Bagging-Date", baggingDate), ("Bag-Software-Agent", "fairpack \(FairPackVersion.current)")]
        fields.append(("Payload-Oxum", BagFiles.oxum(bytes: bytes, files: files)))
        fields.append(("Bag-Size", ByteCount.format(bytes)))
        if let organization = metadata?.authors?.value.first?.value.affiliation?.value.name?.value {
            fields.append(("Source-Organization", organization))
        }
        if let name = metadata?.contact?.value.name?.value { fields.append(("Contact-Name", name)) }
        if let email = metadata?.contact?.value.email?.value { fields.append(("Contact-Email", email)) }
        if let title = metadata?.title?.value { fields.append(("External-Description", title)) }
        let seed = BagFiles.manifest(digests.map { ($0.key, $0.value[.sha256] ?? "") })
        fields.append(("External-Identifier", "urn:uuid:" + BagFiles.uuid(from: seed)))
        return fields
    }

    /// Copies one payload file into the bag, hashing it on the way; fails if it changes meanwhile.
    private func copy(_ file: FileEntry, root: String, into sink: any BagSink,
                      buffer chunkBuffer: ChunkBuffer) throws(PackError) -> [DigestAlgorithm: String] {
        let path = root.hasSuffix("/") ? root + file.path : root + "/" + file.path
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .io("cannot read \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var before = stat()
        fstat(fd, &before)
        try sink.beginFile("data/" + file.path, size: file.size, modified: file.modified)
        var digest = MultiDigest(algorithms)
        let buffer = chunkBuffer.bytes
        var total: UInt64 = 0
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .io("cannot read \(file.path): \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            total += UInt64(count)
            if total > file.size { throw .changed(file.path) }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            try Self.hashWhileWriting(chunk, digest: &digest, sink: sink)
        }
        var after = stat()
        fstat(fd, &after)
        guard total == file.size, after.st_size == before.st_size, after.st_mtim.tv_sec == before.st_mtim.tv_sec,
              after.st_mtim.tv_nsec == before.st_mtim.tv_nsec else { throw .changed(file.path) }
        try sink.endFile()
        return digest.finish()
    }

    /// Hashes a chunk and writes it at the same time.
    private static func hashWhileWriting(_ chunk: UnsafeRawBufferPointer, digest: inout MultiDigest,
                                         sink: any BagSink) throws(PackError) {
        let work = ChunkWork(digest: digest, sink: sink, chunk: SharedBytes(chunk))
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { work.hash() } else { work.write() }
        }
        digest = work.digest
        if let failure = work.failure { throw failure }
    }
}

/// The two halves of one chunk's work, run on two cores.
private final class ChunkWork: @unchecked Sendable {
    var digest: MultiDigest
    let sink: any BagSink
    let chunk: SharedBytes
    var failure: PackError?

    init(digest: MultiDigest, sink: any BagSink, chunk: SharedBytes) {
        self.digest = digest
        self.sink = sink
        self.chunk = chunk
    }

    func hash() { digest.update(chunk.bytes) }

    func write() {
        do { try sink.write(chunk.bytes) } catch let caught { failure = caught }
    }
}
