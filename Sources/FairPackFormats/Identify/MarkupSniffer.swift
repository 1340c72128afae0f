/// XML, HTML and SVG from the start of a text: the XML declaration, the doctype, or the root element.
enum MarkupSniffer {
    static func identify(_ text: String) -> FormatIdentity? {
        var rest = Substring(text)
        var declared = false
        var xmlVersion: String?
        // Skip the declaration, processing instructions, comments and the doctype before the root.
        for _ in 0..<64 {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?xml") {
                declared = true
                let declaration = rest.prefix(while: { $0 != ">" })
                xmlVersion = declaration.contains("version=\"1.1\"") || declaration.contains("version='1.1'") ? "1.1" : "1.0"
                rest = rest.drop(while: { $0 != ">" }).dropFirst()
            } else if rest.hasPrefix("<?") {
                rest = rest.drop(while: { $0 != ">" }).dropFirst()
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { return declared ? xml(xmlVersion) : nil }
                rest = rest[end.upperBound...]
            } else if rest.prefix(9).lowercased() == "<!doctype" {
                let doctype = rest.prefix(while: { $0 != ">" }).lowercased()
                if doctype.hasPrefix("<!doctype html") { return html(doctype: doctype) }
                if doctype.hasPrefix("<!doctype svg") { return svg(rest, declared: declared) }
                rest = rest.drop(while: { $0 != ">" }).dropFirst()
            } else {
                break
            }
        }
        guard rest.hasPrefix("<"), let root = rootName(rest) else { return declared ? xml(xmlVersion) : nil }
        let local = root.split(separator: ":").last.map { $0.lowercased() } ?? root.lowercased()
        if local == "svg" { return svg(rest, declared: declared) }
        if local == "html" {
            let isXHTML = rest.prefix(400).contains("http://www.w3.org/1999/xhtml")
            return declared && !isXHTML ? xml(xmlVersion) : html(doctype: nil)
        }
        if !declared, ["head", "body", "div", "p", "table", "meta", "title"].contains(local) { return html(doctype: nil) }
        if declared || rest.contains("</") || rest.contains("/>") { return xml(xmlVersion) }
        return nil
    }

    private static func rootName(_ text: Substring) -> String? {
        let name = text.dropFirst().prefix(while: { $0.isLetter || $0.isNumber || "_:.-".contains($0) })
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        let after = text.dropFirst(1 + name.count).first
        guard after == nil || after == ">" || after == "/" || after?.isWhitespace == true else { return nil }
        return String(name)
    }

    private static func xml(_ version: String?) -> FormatIdentity {
        version == "1.1" ? FormatIdentity(format: .xml, puid: "fmt/1776", version: "1.1")
            : FormatIdentity(format: .xml, puid: "fmt/101", version: "1.0")
    }

    private static func html(doctype: String?) -> FormatIdentity {
        guard let doctype else { return FormatIdentity(format: .html, puid: "fmt/96") }
        if doctype.trimmingCharacters(in: " ") == "<!doctype html" { return FormatIdentity(format: .html, puid: "fmt/471", version: "5") }
        if doctype.contains("xhtml 1.0") {
            return FormatIdentity(format: .html, puid: "fmt/102", version: "XHTML 1.0", name: "XHTML 1.0", mediaType: "application/xhtml+xml")
        }
        if doctype.contains("xhtml 1.1") {
            return FormatIdentity(format: .html, puid: "fmt/103", version: "XHTML 1.1", name: "XHTML 1.1", mediaType: "application/xhtml+xml")
        }
        if doctype.contains("html 4.01") { return FormatIdentity(format: .html, puid: "fmt/100", version: "4.01") }
        if doctype.contains("html 4.0") { return FormatIdentity(format: .html, puid: "fmt/99", version: "4.0") }
        if doctype.contains("html 3.2") { return FormatIdentity(format: .html, puid: "fmt/98", version: "3.2") }
        return FormatIdentity(format: .html, puid: "fmt/96")
    }

    /// SVG 1.1 by the root's `version` attribute; 1.0 when it says so, or when an XML 1.0
    /// declaration precedes a root without version (as PRONOM's signature reads it); else no id.
    private static func svg(_ text: Substring, declared: Bool) -> FormatIdentity {
        let start = text.firstRange(of: "<svg")?.lowerBound ?? text.startIndex
        let tag = text[start...].prefix(while: { $0 != ">" })
        if tag.contains("version=\"1.1\"") || tag.contains("version='1.1'") {
            return FormatIdentity(format: .svg, puid: "fmt/92", version: "1.1")
        }
        if tag.contains("version=\"1.0\"") || tag.contains("version='1.0'") {
            return FormatIdentity(format: .svg, puid: "fmt/91", version: "1.0")
        }
        if declared && !tag.contains("version=") { return FormatIdentity(format: .svg, puid: "fmt/91", version: "1.0") }
        return FormatIdentity(format: .svg)
    }
}
