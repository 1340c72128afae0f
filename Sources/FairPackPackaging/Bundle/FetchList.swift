/// A BagIt `fetch.txt` (RFC 8493 §2.2.3): `url length filepath` per line, read, never fetched.
struct FetchList: Sendable {
    /// One file to fetch.
    struct Entry: Sendable, Equatable {
        /// Where to download it from.
        let url: String
        /// Its size in bytes, when the line gives one (`-` means unknown).
        let length: UInt64?
        /// Its path in the bag (`data/…`), percent-decoded.
        let path: String
    }

    /// The readable lines, in order.
    private(set) var entries: [Entry] = []
    /// The 1-based numbers of lines that are not `url length filepath`.
    private(set) var badLines: [Int] = []
    /// Every path listed.
    private(set) var paths: Set<String> = []

    /// Reads the text of fetch.txt; an empty text gives an empty list.
    init(text: String) {
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            let parts = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 3, parts[1] == "-" || UInt64(parts[1]) != nil else {
                badLines.append(index + 1)
                continue
            }
            var path = BagFiles.decode(String(parts[2]))
            if path.hasPrefix("./") { path.removeFirst(2) }
            entries.append(Entry(url: String(parts[0]), length: UInt64(parts[1]), path: path))
            paths.insert(path)
        }
    }
}
