/// Text formats, recognised from content: markup, JSON family, delimited data, Markdown, scripts.
///
/// The extension is consulted only to choose between text subtypes once the content is known to
/// be text and carries no stronger signal: a plain-text `.md` is Markdown, a plain-text `.tsv`
/// whose tab counts agree is tab-separated values.
enum TextSniffer {
    /// The text encoding of a prefix, or nil when it is not text (NUL bytes, too many control bytes).
    static func encoding(_ bytes: [UInt8], complete: Bool) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        if bytes.isEmpty { return nil }
        // One pass: NUL bytes, control bytes other than tab, line ends, form feed, SUB and ESC, and
        // whether any byte is not ASCII.
        var controls = 0
        var nonASCII = false
        let hasNUL = bytes.withUnsafeBytes { raw -> Bool in
            var index = 0
            while index < raw.count {
                // Eight bytes at a time while all are printable ASCII (none below 0x20 or from 0x80).
                if index + 8 <= raw.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0, (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = raw[index]
                index += 1
                if byte >= 0x80 {
                    nonASCII = true
                } else if byte == 0 {
                    return true
                } else if byte < 0x20, byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1A && byte != 0x1B {
                    controls += 1
                }
            }
            return false
        }
        if hasNUL { return nil }
        if controls * 100 > bytes.count { return nil }
        if !nonASCII { return "ASCII" }
        if isUTF8(bytes, complete: complete) { return "UTF-8" }
        // Not UTF-8 but few control bytes: a legacy 8-bit encoding (Latin-1, Windows-1252...).
        return "8-bit"
    }

    private static func isUTF8(_ bytes: [UInt8], complete: Bool) -> Bool {
        var index = 0
        // Whole words of ASCII are skipped eight bytes at a time.
        let asciiPrefix = { (from: Int) -> Int in
            bytes.withUnsafeBytes { raw in
                var at = from
                while at + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { at += 8 }
                return at
            }
        }
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index = max(index + 1, asciiPrefix(index))
                continue
            }
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3 : lead >> 3 == 0x1E ? 4 : 0
            guard length > 0, lead != 0xC0, lead != 0xC1, lead < 0xF5 else { return false }
            if index + length > bytes.count { return !complete }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    static func identify(_ bytes: [UInt8], complete: Bool, fileName: String?) -> FormatIdentity? {
        guard let encoding = encoding(bytes, complete: complete) else { return nil }
        var identity = classify(bytes, encoding: encoding, complete: complete, fileName: fileName)
        identity.extras["encoding"] = encoding
        return identity
    }

    private static func classify(_ bytes: [UInt8], encoding: String, complete: Bool, fileName: String?) -> FormatIdentity {
        guard encoding != "UTF-16" else { return FormatIdentity(format: .plainText, puid: "x-fmt/111") }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let body = bytes[start...]
        // Decoded only on the paths that read text as characters (not for delimited data).
        let text = { String(decoding: body.prefix(65_536), as: UTF8.self) }
        if body.starts(with: "#!".utf8) {
            let line = text().prefix(while: { $0 != "\n" })
            return FormatIdentity(format: .shellScript, name: "Script (\(String(line.dropFirst(2)).trimmingCharacters(in: " ")))",
                                  extras: ["interpreter": String(line.dropFirst(2))])
        }
        if body.starts(with: "{\\rtf".utf8) { return FormatIdentity(format: .rtf) }
        if body.first == UInt8(ascii: "<"), let markup = MarkupSniffer.identify(text()) { return markup }
        if let first = body.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
           JSONPrefix.isPlausible(body, complete: complete) {
            return jsonFamily(body)
        }
        if body.first == UInt8(ascii: "{"), let lines = JSONLines.identify(body) { return lines }
        let ext = fileName.map(FormatIdentity.fileExtension(of:)) ?? ""
        if ["md", "markdown", "rmd", "qmd"].contains(ext) { return FormatIdentity(format: .markdown, puid: "fmt/1149") }
        if let delimited = DelimitedText.identify(body, complete: complete, fileExtension: ext) { return delimited }
        if MarkdownSignals.score(body.prefix(65_536)) >= 3 { return FormatIdentity(format: .markdown, puid: "fmt/1149") }
        return FormatIdentity(format: .plainText, puid: "x-fmt/111")
    }

    /// GeoJSON, a Jupyter notebook, JSON-LD or plain JSON, from the first 16 KiB without JSON's blanks.
    private static func jsonFamily(_ body: ArraySlice<UInt8>) -> FormatIdentity {
        let compact = body.prefix(16_384).filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        let has = { (needle: String) in ByteSearch.contains(compact, needle) }
        if has("\"type\":\"FeatureCollection\"") || has("\"type\":\"Feature\"") {
            return FormatIdentity(format: .geoJSON, puid: "fmt/1367")
        }
        if has("\"nbformat\":") || (has("\"cells\":[") && has("\"metadata\":")) {
            return FormatIdentity(format: .jupyter, puid: "fmt/1119")
        }
        if compact.starts(with: "{\"@context\"".utf8) || has(",\"@context\":") || has("{\"@context\":") {
            return FormatIdentity(format: .jsonLD, puid: "fmt/880")
        }
        return FormatIdentity(format: .json, puid: "fmt/817")
    }
}

/// Finds byte strings in bytes (the sniffers look for ASCII markers in text they do not decode).
enum ByteSearch {
    /// Whether `bytes` holds the UTF-8 of `needle`.
    static func contains<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let haystack = Array(bytes)
        guard haystack.count >= pattern.count else { return false }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}

/// Lines that look like Markdown: headings, fenced code, links, lists, emphasis.
enum MarkdownSignals {
    /// One point per kind of signal found, up to 5; 3 or more, with a heading and a link, fence or
    /// list, reads as Markdown.
    static func score<Bytes: Collection<UInt8>>(_ text: Bytes) -> Int {
        let lines = text.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(200)
        var heading = false, fence = false, link = false, list = false, emphasis = false
        for line in lines {
            let line = Array(line)
            if line.starts(with: "# ".utf8) || line.starts(with: "## ".utf8) || line.starts(with: "### ".utf8) { heading = true }
            if line.starts(with: "```".utf8) { fence = true }
            if ByteSearch.contains(line, "](") && line.contains(0x5B) { link = true }
            if line.starts(with: "- ".utf8) || line.starts(with: "* ".utf8) || line.starts(with: "1. ".utf8) { list = true }
            if ByteSearch.contains(line, "**") || line.contains(0x60) { emphasis = true }
        }
        let score = [heading, fence, link, list, emphasis].filter { $0 }.count
        // Comments in scripts look like headings and `**` like emphasis: a link, fence or list must join in.
        return heading && (link || fence || list) ? score : min(score, 2)
    }
}

/// JSON Lines: one JSON value per line, several lines.
enum JSONLines {
    static func identify(_ body: ArraySlice<UInt8>) -> FormatIdentity? {
        let lines = body.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(6)
        let complete = lines.count == 6 ? lines.dropLast() : lines
        guard complete.count >= 2,
              complete.allSatisfy({ JSONPrefix.isPlausible($0, complete: true) }) else { return nil }
        return FormatIdentity(format: .json, name: "JSON Lines", mediaType: "application/jsonl", extras: ["variant": "jsonl"])
    }
}
