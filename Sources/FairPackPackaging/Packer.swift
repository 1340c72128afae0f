import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

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
    /// The RO-Crate version of the metadata written.
    public var crateVersion: PackedCrateVersion = .v1_2

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
        guard let slash = trimmed.lastIndex(of: "/") else { return ".\(trimmed).fairpack-\(SystemFolder.processID).tmp" }
        let name = trimmed[trimmed.index(after: slash)...]
        return String(trimmed[...slash]) + ".\(name).fairpack-\(SystemFolder.processID).tmp"
    }

    /// Removes the temporary outputs that packs to `output` left when they were killed (SIGKILL, a
    /// power cut): `.NAME.fairpack-PID.tmp` beside it whose process is gone. Returns the paths removed.
    /// A temporary file of a pack still running is left alone.
    public static func removeStaleTemporaries(for output: String) -> [String] {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        let folder = (trimmed as NSString).deletingLastPathComponent
        let prefix = "." + (trimmed as NSString).lastPathComponent + ".fairpack-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let digits = name.dropFirst(prefix.count).dropLast(4)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let id = Int32(digits),
                  id != SystemFolder.processID, !SystemFolder.processExists(id) else { continue }
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
        }
        return removed
    }

    /// What a pack did: wrote the bag, or refused because the audit found errors.
    public enum Outcome: Sendable {
        /// The bag was written; the audit of the same read.
        case packed(Summary, AuditResult)
        /// Nothing was written: the audit found errors (and `force` was not set).
        case refused(AuditResult)
    }

    /// Audits `deposit` with `auditor` and packs it into `output` in one read of each payload byte.
    ///
    /// The rules that read no content run first: their errors refuse before any byte is
    /// read. Then each payload file is read once, and each chunk goes to the audit's
    /// inspectors, the digests and the bag being written under a temporary name; the audit of
    /// those facts decides whether the temporary output is renamed or removed. Removes its
    /// temporary output on any error. `observer` is told how far the read of the payload has got.
    public func pack(_ deposit: Deposit, auditor: Auditor, to output: String,
                     force: Bool = false, observer: (any ProgressObserver)? = nil) throws(PackError) -> Outcome {
        if FileStatus.of(output) != nil { throw .outputExists(output) }
        // Even with --force: a name that is not UTF-8 cannot be written in a manifest, so nothing is.
        let unnamed = deposit.inventory.files.filter { !$0.nameIsUTF8 }.map(\.path)
        if !unnamed.isEmpty { throw .unpackableNames(unnamed) }
        try Self.checkFolderPaths(deposit, output: output)
        if !force {
            let early = auditor.auditMetadata(deposit)
            if !early.isCompliant { return .refused(early) }
        }
        let temporary = Self.temporaryPath(for: output)
        try? FileManager.default.removeItem(atPath: temporary)
        do throws(PackError) {
            let (summary, result) = try write(deposit, auditor: auditor, to: temporary, output: output, force: force,
                                              observer: observer)
            guard let summary else {
                try? FileManager.default.removeItem(atPath: temporary)
                return .refused(result)
            }
            // Two packs to the same output may run at once: the first to finish takes the name, and
            // the other finds it taken (exit 2) instead of replacing it.
            let moved: Bool
            do {
                moved = try SystemFolder.moveIfAbsent(temporary, to: output)
            } catch {
                throw PackError.io("cannot move the bag to \(output): \(error.reason)")
            }
            if !moved { throw PackError.outputExists(output) }
            return .packed(summary, result)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Self.namingOutput(error, temporary: temporary, output: output)
        }
    }

    /// For a bag folder: refuses before writing when a payload file's path in it, under the temporary
    /// name the bag is written to, would pass PATH_MAX (the archives hold such names, a folder cannot).
    static func checkFolderPaths(_ deposit: Deposit, output: String) throws(PackError) {
        guard ArchiveFormat.forOutput(output) == nil,
              let longest = deposit.inventory.files.max(by: { $0.path.utf8.count < $1.path.utf8.count }) else { return }
        let base = PackPlan.canonical(temporaryPath(for: output)) ?? temporaryPath(for: output)
        let bytes = base.utf8.count + "/data/".utf8.count + longest.path.utf8.count
        if bytes >= Int(PATH_MAX) { throw .pathTooLong(longest.path, bytes: bytes) }
    }

    /// The error as the user should read it: the output's name where the temporary one was, and the
    /// output named when the archive writer failed (a full disk says which bag it was writing).
    static func namingOutput(_ error: PackError, temporary: String, output: String) -> PackError {
        guard case .io(let message) = error else { return error }
        let named = message.replacingOccurrences(of: temporary, with: output)
        return .io(named.hasPrefix("could not ") ? "writing \(output): \(named)" : named)
    }

    /// The kinds of facts a pack gathers besides the audit's: PDF facts give the crate its
    /// media types, and every file is hashed for the manifests anyway.
    static let ownNeeds: Set<FactKind> = [.pdf, .digests, .crate, .format]

    /// Files at the deposit's root that `pack` writes anew: an RO-Crate the deposit holds is
    /// read (its entities are kept in the new one) but not copied as it is.
    static let regenerated: Set<String> = [ExistingCrate.fileName, ExistingCrate.previewName]

    private func write(_ deposit: Deposit, auditor: Auditor, to temporary: String, output: String,
                       force: Bool, observer: (any ProgressObserver)?) throws(PackError) -> (Summary?, AuditResult) {
        let format = ArchiveFormat.forOutput(output)
        let top = ArchiveFormat.bagName(forOutput: output)
        let sink: RecordingSink
        if let format {
            // An ASCII path is its own NFC form: only the others go through Foundation's mapping.
            let decomposed = deposit.inventory.files.contains { file in
                file.path.utf8.contains { $0 >= 0x80 }
                    && !file.path.utf8.elementsEqual(file.path.precomposedStringWithCanonicalMapping.utf8)
            }
            sink = RecordingSink(try ArchiveSink(path: temporary, format: format, top: top, rawNames: decomposed))
        } else {
            sink = RecordingSink(try FolderSink(root: temporary))
        }
        let files = deposit.inventory.files
        let payload = files.filter { !Self.regenerated.contains($0.path) }
        let stamp = payload.map(\.modified).max() ?? 0
        try sink.addFile("bagit.txt", contents: Data(BagFiles.declaration.utf8), modified: stamp)

        // The packer's own digests give every file its SHA-256, which is what duplicates need:
        // the duplicates inspector would hash each file of a shared size a second time.
        let gathered = auditor.needs.union(Self.ownNeeds).subtracting([.digests, .duplicates])
        let factories = InspectorChoice.factories(for: gathered, in: deposit)
        var digests: [String: [DigestAlgorithm: String]] = [:]
        var facts: [String: FileFacts] = [:]
        let buffer = ChunkBuffer()
        let meter = observer.map { ProgressMeter(files: files.count, bytes: files.reduce(0) { $0 + $1.size }, observer: $0) }
        for file in files {
            let written = !Self.regenerated.contains(file.path)
            var fileFacts = try copy(file, of: deposit, into: written ? sink : DiscardingSink(),
                                     factories: factories, buffer: buffer, meter: meter)
            meter?.finishFile(size: file.size, read: fileFacts.bytesRead)
            guard written else {
                facts[file.path] = fileFacts
                continue
            }
            digests["data/" + file.path] = fileFacts.digests
            fileFacts.digests = fileFacts.digests.filter { $0.key == .sha256 }
            facts[file.path] = fileFacts
        }
        meter?.flush()
        let inspected = InspectedDeposit(deposit, facts: facts, gathered: gathered.union([.digests, .duplicates]))
        let result = auditor.audit(inspected)
        if !result.isCompliant && !force { return (nil, result) }

        let hashed = payload.map { ($0, digests["data/" + $0.path]?[.sha256] ?? "") }
        let crate = CrateWriter(deposit: inspected, files: hashed, baggingDate: baggingDate, version: crateVersion).json()
        let preview = CratePreview.html(deposit: inspected, files: hashed)
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
        try BagReadback.check(temporary, format: format, top: top, expected: sink.entries)
        return (Summary(output: output, files: payload.count + 2, bytes: bytes), result)
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

    /// Copies one payload file into the bag in its one read: each chunk is hashed, shown to
    /// the audit's inspectors and written. Fails if the file changes meanwhile. deposit.yaml,
    /// already read when the deposit was opened, is written from those bytes.
    private func copy(_ file: FileEntry, of deposit: Deposit, into sink: any BagSink, factories: [any InspectorFactory],
                      buffer chunkBuffer: ChunkBuffer, meter: ProgressMeter?) throws(PackError) -> FileFacts {
        let path = deposit.root.hasSuffix("/") ? deposit.root + file.path : deposit.root + "/" + file.path
        var consumers = ChunkConsumers(inspection: FileInspection(file, factories: factories), digest: MultiDigest(algorithms))
        try sink.beginFile("data/" + file.path, size: file.size, modified: file.modified)
        if file.path == DepositMetadata.fileName, let kept = deposit.metadataBytes {
            guard FileStatus.of(path) == kept.status, UInt64(kept.bytes.count) == file.size else { throw .changed(file.path) }
            let outcome: Result<Void, PackError> = kept.bytes.withUnsafeBytes { bytes in
                Result { () throws(PackError) in try Self.fanOut(bytes, to: &consumers, sink: sink) }
            }
            try outcome.get()
            meter?.advance(bytes: kept.bytes.count)
        } else {
            let source: SystemFile
            do { source = try SystemFile(beneath: deposit.root, path: file.path) } catch { throw .io("cannot read \(file.path): \(error.reason)") }
            let before = source.status()
            let buffer = chunkBuffer.bytes
            var total: UInt64 = 0
            while true {
                let count: Int
                do { count = try source.read(into: buffer) } catch { throw .io("cannot read \(file.path): \(error.reason)") }
                if count == 0 { break }
                total += UInt64(count)
                if total > file.size { throw .changed(file.path) }
                try Self.fanOut(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), to: &consumers, sink: sink)
                meter?.advance(bytes: count)
            }
            guard total == file.size, source.status() == before else { throw .changed(file.path) }
        }
        try sink.endFile()
        var facts = consumers.inspection.finish()
        facts.digests = consumers.digest.finish()
        return facts
    }

    /// Gives one chunk to the digests and inspectors and to the sink; for large chunks the two
    /// halves run on two cores.
    private static func fanOut(_ chunk: UnsafeRawBufferPointer, to consumers: inout ChunkConsumers,
                               sink: any BagSink) throws(PackError) {
        guard chunk.count >= 256 << 10 else {
            consumers.consume(chunk)
            try sink.write(chunk)
            return
        }
        var failure: PackError?
        withUnsafeMutablePointer(to: &consumers) { consumersPointer in
            withUnsafeMutablePointer(to: &failure) { failurePointer in
                let work = ChunkFanOut(chunk: chunk, consumers: consumersPointer, sink: sink, failure: failurePointer)
                DispatchQueue.concurrentPerform(iterations: 2) { work.run($0) }
            }
        }
        if let failure { throw failure }
    }
}

/// What reads a payload chunk besides the sink: the audit's inspectors and the digests.
private struct ChunkConsumers {
    var inspection: FileInspection
    var digest: MultiDigest

    mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        inspection.consume(chunk)
        digest.update(chunk)
    }
}

/// One chunk handed to its readers on one core and to the sink on another.
///
/// Why `@unchecked Sendable` is sound here, line by line:
/// - `consumers` and `failure` point to the caller's locals, which outlive the call because
///   `concurrentPerform` returns only after both iterations have finished;
/// - iteration 0 alone touches `consumers`; iteration 1 alone touches `sink` and `failure`;
/// - `chunk` is only read, and its owner does not write it until both have finished.
private struct ChunkFanOut: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let consumers: UnsafeMutablePointer<ChunkConsumers>
    let sink: any BagSink
    let failure: UnsafeMutablePointer<PackError?>

    func run(_ iteration: Int) {
        if iteration == 0 {
            consumers.pointee.consume(chunk)
        } else {
            do { try sink.write(chunk) } catch { failure.pointee = error }
        }
    }
}
