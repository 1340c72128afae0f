@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackFormats
import Foundation

/// Writes small PDFs for tests: numbered objects, a cross-reference table with the right
/// offsets, a trailer, and incremental updates appended after it.
struct PDFFixture {
    /// The file so far.
    private(set) var bytes: [UInt8]
    private var lastXref: Int?
    private var highestNumber = 0

    /// Starts a file with the header and the binary comment line writers put after it.
    init(version: String = "1.7") {
        bytes = Array("%PDF-\(version)\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    /// Appends `objects` (number and body), their cross-reference section and a trailer whose
    /// dictionary holds `trailer` (and `/Size`, and `/Prev` for an update).
    mutating func append(_ objects: [(Int, String)], trailer: String) {
        var offsets: [(Int, Int)] = []
        for (number, body) in objects {
            offsets.append((number, bytes.count))
            bytes += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n"
        if lastXref == nil { table += "0 1\n0000000000 65535 f \n" }
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            table += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        highestNumber = max(highestNumber, objects.map(\.0).max() ?? 0)
        let size = highestNumber + 1
        let previous = lastXref.map { " /Prev \($0)" } ?? ""
        table += "trailer\n<< /Size \(size) \(trailer)\(previous) >>\nstartxref\n\(xref)\n%%EOF\n"
        bytes += Array(table.utf8)
        lastXref = xref
    }

    /// A stream object's body: its dictionary (with `/Length`) and data.
    static func stream(_ dictionary: String, _ data: String) -> String {
        "<< \(dictionary) /Length \(data.utf8.count) >>\nstream\n\(data)\nendstream"
    }

    /// The body of a metadata stream holding an XMP packet around `description`.
    static func metadata(_ description: String) -> String {
        let packet = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              \(description)
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
        return stream("/Type /Metadata /Subtype /XML", packet)
    }

    /// `text` as a hexadecimal UTF-16BE string with its byte order mark.
    static func utf16Hex(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}

/// Feeds bytes to a PDF inspector as the reader would, in chunks of a given size.
struct PDFFeed {
    /// What the inspector wrote.
    var facts: FileFacts
    /// How many chunks it took before asking for no more (or the end of the bytes).
    var chunksRead: Int
    /// True when it asked for no more before the end.
    var stoppedEarly: Bool

    /// The chunk sizes every fixture is read with: boundaries must not change the result.
    static let chunkSizes = [1, 7, 4096, Int.max]

    init(_ bytes: [UInt8], chunkSize: Int) {
        var inspector = PDFInspector() as any Inspector
        var offset = 0
        var wanted = true
        var chunks = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count && wanted {
                let end = offset + min(chunkSize, raw.count - offset)
                wanted = inspector.consume(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
                chunks += 1
            }
        }
        facts = FileFacts(path: "document.pdf")
        inspector.finish(into: &facts)
        chunksRead = chunks
        stoppedEarly = offset < bytes.count
    }
}
