/// Identification of a file's format from its content: a pure function over a `ContentSample`.
public enum FormatIdentification {
    /// The format of the sampled content; `FormatIdentity.unknown` when no signature fits.
    ///
    /// Binary signatures are tried first, then text sniffing. The file name never decides a binary
    /// format; for text it only chooses between subtypes (`.md` → Markdown).
    public static func identify(_ sample: ContentSample) -> FormatIdentity {
        let head = ByteWindow(sample.head)
        guard head.count > 0 else { return FormatIdentity.unknown }
        if head.has([0x50, 0x4B, 0x03, 0x04]) || head.has([0x50, 0x4B, 0x05, 0x06]) || head.has([0x50, 0x4B, 0x07, 0x08]) {
            let tail = sample.isComplete ? head : ByteWindow(sample.tail)
            return ZipPackage.identify(head: head, tail: tail, fileSize: sample.fileSize)
        }
        if head.has(CompoundFile.signature) { return CompoundFile.identify(head) }
        if head.has([0x1F, 0x8B, 0x08]) { return gzip(head) }
        if let pdf = pdf(head) { return pdf }
        if head.has("%!PS") { return postscript(head) }
        if let media = MediaSignatures.identify(head) { return media }
        if let data = DataSignatures.identify(head) { return data }
        if let text = TextSniffer.identify(sample.head, complete: sample.isComplete, fileName: sample.fileName) {
            return text
        }
        return FormatIdentity.unknown
    }

    /// `%PDF-x.y` may follow some garbage; PRONOM allows it within the first 1024 bytes.
    private static func pdf(_ w: ByteWindow) -> FormatIdentity? {
        guard let at = w.firstIndex(of: Array("%PDF-".utf8), in: 0..<1024) else { return nil }
        let version = w.ascii(at + 5, 3)
        let ids = ["1.0": "fmt/14", "1.1": "fmt/15", "1.2": "fmt/16", "1.3": "fmt/17", "1.4": "fmt/18",
                   "1.5": "fmt/19", "1.6": "fmt/20", "1.7": "fmt/276", "2.0": "fmt/1129"]
        guard let id = ids[version] else { return FormatIdentity(format: .pdf) }
        return FormatIdentity(format: .pdf, puid: id, version: version)
    }

    /// PostScript by its `%!PS-Adobe-x.y` comment; EPS 3.0 when the line names `EPSF-3.0`.
    private static func postscript(_ w: ByteWindow) -> FormatIdentity {
        let line = String(decoding: w.bytes.prefix(80).prefix(while: { $0 != 0x0A && $0 != 0x0D }), as: UTF8.self)
        if line.contains("EPSF-3.0") { return FormatIdentity(format: .postscript, puid: "fmt/124", name: "Encapsulated PostScript 3.0") }
        let ids = ["2.0": "x-fmt/406", "2.1": "x-fmt/407", "3.0": "x-fmt/408", "3.1": "fmt/501"]
        guard line.hasPrefix("%!PS-Adobe-"), !line.contains("EPSF") else { return FormatIdentity(format: .postscript) }
        let version = String(line.dropFirst(11).prefix(3))
        return FormatIdentity(format: .postscript, puid: ids[version], version: ids[version] == nil ? nil : version)
    }

    /// GZIP, looking inside the first inflated bytes for R data files and tar archives.
    private static func gzip(_ w: ByteWindow) -> FormatIdentity {
        var identity = FormatIdentity(format: .gzip, puid: "x-fmt/266")
        guard let inner = FlateInflater.inflatePrefix(w.bytes[...], wrapping: .gzip, limit: 1024) else { return identity }
        let content = ByteWindow(inner)
        if content.has("RDX2\nX\n") || content.has("RDX3\nX\n") || content.has("RDA2\nA\n") || content.has("RDA3\nA\n") {
            return FormatIdentity(format: .rData, version: content.ascii(3, 1), name: "R workspace (RData, gzip-compressed)",
                                  extras: ["compression": "gzip"])
        }
        if content.has("X\n"), let version = content.uint32BE(2), (2...3).contains(version) {
            return FormatIdentity(format: .rds, version: String(version), extras: ["compression": "gzip"])
        }
        if content.count >= 512, content.has("ustar", at: 257) { identity.extras["contains"] = "tar" }
        return identity
    }
}
