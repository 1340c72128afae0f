import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// The fields of an XMP packet that a deposit is checked against, read by simple scanning.
///
/// It is not an XML parser: it expects the usual prefixes (`dc:`, `rdf:`, `pdfaid:`), finds
/// `dc:title` (the `x-default` `rdf:li` of its `rdf:Alt`, else the first), `dc:creator` (the
/// `rdf:li` of its `rdf:Seq`), and `pdfaid:part`/`pdfaid:conformance` as attributes or
/// elements. It unescapes the five XML entities and numeric character references. The
/// packet is capped by the scanner, and each search resumes where the last one stopped.
struct XMPMetadata: Equatable {
    /// `dc:title`.
    var title: String?
    /// `dc:creator` entries joined with "; ".
    var creator: String?
    /// `pdfaid:part` (`2`).
    var pdfaPart: String?
    /// `pdfaid:conformance` (`B`).
    var pdfaConformance: String?

    /// The PDF/A part and conformance in lower case (`2b`), or the part alone (PDF/A-4).
    var pdfaClaim: String? {
        guard let part = pdfaPart else { return nil }
        return part + (pdfaConformance?.lowercased() ?? "")
    }

    /// True when the packet held none of the fields.
    var isEmpty: Bool { title == nil && creator == nil && pdfaPart == nil }

    /// Reads the fields of `packet`, UTF-8 XML.
    init(packet: [UInt8]) {
        let all = packet.startIndex..<packet.endIndex
        if let content = Self.content(of: "dc:title", in: packet, all) {
            let items = Self.listItems(in: packet, content)
            title = (items.first { $0.language == "x-default" } ?? items.first)?.text
                ?? Self.plainText(packet, content)
        }
        if let content = Self.content(of: "dc:creator", in: packet, all) {
            let names = Self.listItems(in: packet, content).map(\.text)
            creator = names.isEmpty ? Self.plainText(packet, content) : names.joined(separator: "; ")
        }
        pdfaPart = Self.property("pdfaid:part", in: packet)
        pdfaConformance = Self.property("pdfaid:conformance", in: packet)
    }

    /// The bytes between `<name …>` and `</name>`, for the first such element.
    private static func content(of name: String, in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let open = Array("<\(name)".utf8)
        var from = range.lowerBound
        while let start = find(open, in: bytes, from..<range.upperBound) {
            from = start + open.count
            guard from < range.upperBound, isTagBoundary(bytes[from]) else { continue }
            guard let close = bytes[from..<range.upperBound].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            if bytes[close - 1] == UInt8(ascii: "/") { return nil }
            let end = find(Array("</\(name)".utf8), in: bytes, (close + 1)..<range.upperBound) ?? range.upperBound
            return (close + 1)..<end
        }
        return nil
    }

    /// Every `rdf:li` in `range`, with its `xml:lang`.
    private static func listItems(in bytes: [UInt8], _ range: Range<Int>) -> [(language: String?, text: String)] {
        let open = Array("<rdf:li".utf8)
        let close = Array("</rdf:li".utf8)
        var items: [(language: String?, text: String)] = []
        var from = range.lowerBound
        while let start = find(open, in: bytes, from..<range.upperBound) {
            from = start + open.count
            guard from < range.upperBound, isTagBoundary(bytes[from]) else { continue }
            // No `>` left means no item left: stopping here keeps the scan linear.
            guard let tagEnd = bytes[from..<range.upperBound].firstIndex(of: UInt8(ascii: ">")) else { break }
            from = tagEnd + 1
            if bytes[tagEnd - 1] == UInt8(ascii: "/") { continue }
            let end = find(close, in: bytes, from..<range.upperBound) ?? range.upperBound
            let language = attribute("xml:lang", in: bytes, start..<tagEnd)
            if let text = plainText(bytes, from..<end) { items.append((language, text)) }
            from = end
        }
        return items
    }

    /// A simple property written as an attribute (`name="2"`) or an element (`<name>2</name>`).
    private static func property(_ name: String, in bytes: [UInt8]) -> String? {
        let pattern = Array(name.utf8)
        var from = bytes.startIndex
        while let start = find(pattern, in: bytes, from..<bytes.endIndex) {
            from = start + pattern.count
            let next = skipSpace(bytes, from)
            guard next < bytes.endIndex else { return nil }
            if bytes[next] == UInt8(ascii: "=") {
                return quoted(bytes, skipSpace(bytes, next + 1))
            }
            if bytes[next] == UInt8(ascii: ">"), start > 0, bytes[start - 1] == UInt8(ascii: "<") {
                let end = bytes[(next + 1)...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
                return plainText(bytes, (next + 1)..<end)
            }
        }
        return nil
    }

    private static func attribute(_ name: String, in bytes: [UInt8], _ range: Range<Int>) -> String? {
        let pattern = Array(name.utf8)
        guard let start = find(pattern, in: bytes, range) else { return nil }
        let next = skipSpace(bytes, start + pattern.count)
        guard next < range.upperBound, bytes[next] == UInt8(ascii: "=") else { return nil }
        return quoted(bytes, skipSpace(bytes, next + 1))
    }

    /// The value of a quoted attribute starting at `index`, unescaped.
    private static func quoted(_ bytes: [UInt8], _ index: Int) -> String? {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        else { return nil }
        let end = bytes[(index + 1)...].firstIndex(of: bytes[index]) ?? bytes.endIndex
        return plainText(bytes, (index + 1)..<end)
    }

    /// Character data without markup, unescaped and trimmed; nil when it holds a tag or nothing.
    private static func plainText(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        let slice = bytes[range]
        guard !slice.contains(UInt8(ascii: "<")) else { return nil }
        let text = unescape(slice).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Replaces `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#233;` and `&#xE9;`.
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "&"),
                  let semicolon = bytes[index..<min(index + 10, bytes.endIndex)].firstIndex(of: UInt8(ascii: ";")),
                  let scalar = entity(bytes[index..<semicolon]) else {
                output.append(byte)
                continue
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }

    private static func isTagBoundary(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09 || byte == 0x0A
            || byte == 0x0D
    }

    private static func skipSpace(_ bytes: [UInt8], _ index: Int) -> Int {
        var index = index
        while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// The first occurrence of `pattern` in `range`; patterns are short, so this stays linear.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
