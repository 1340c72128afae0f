import Testing
@testable import FairPackFormats

/// A text and what identification must say about it.
struct TextCase: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    var name: String? = nil
    let format: FileFormat
    let puid: String?
    var testDescription: String { label }
}

@Suite struct TextSniffingTests {
    static let cases: [TextCase] = [
        .init(label: "JSON object", text: "{\"name\": \"sample\", \"values\": [1, 2.5e3, true, null]}\n", format: .json, puid: "fmt/817"),
        .init(label: "JSON array after BOM and spaces", text: "\u{FEFF}  \n[{\"a\": 1}, {\"a\": 2}]", format: .json, puid: "fmt/817"),
        .init(label: "GeoJSON", text: "{\"type\": \"FeatureCollection\", \"features\": []}", format: .geoJSON, puid: "fmt/1367"),
        .init(label: "JSON-LD", text: "{\"@context\": \"https://w3id.org/ro/crate/1.1/context\", \"@graph\": []}", format: .jsonLD, puid: "fmt/880"),
        .init(label: "Braces that are not JSON", text: "{not json at all}\nsecond line\n", format: .plainText, puid: "x-fmt/111"),
        .init(label: "XML with declaration", text: "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", format: .xml, puid: "fmt/101"),
        .init(label: "XML root without declaration", text: "<dataset><row a=\"1\"/></dataset>", format: .xml, puid: "fmt/101"),
        .init(label: "SVG 1.1", text: "<?xml version=\"1.0\"?>\n<!-- drawn -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"></svg>",
              format: .svg, puid: "fmt/92"),
        .init(label: "SVG without version", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>", format: .svg, puid: nil),
        .init(label: "SVG declared as XML 1.0 without version is SVG 1.0", text: "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
              format: .svg, puid: "fmt/91"),
        .init(label: "XML document whose root is named html", text: "<?xml version=\"1.0\"?>\n<HTML><TITLE>x</TITLE></HTML>", format: .xml, puid: "fmt/101"),
        .init(label: "HTML5 doctype", text: "<!DOCTYPE html>\n<html><body>Hi</body></html>", format: .html, puid: "fmt/471"),
        .init(label: "HTML without doctype", text: "<html>\n<head><title>x</title></head></html>", format: .html, puid: "fmt/96"),
        .init(label: "CSV", text: "id,name,value\n1,\"Doe, J\",3.5\n2,Roe,4\n", format: .csv, puid: "x-fmt/18"),
        .init(label: "Semicolon CSV", text: "id;nom;valeur\n1;a;2,5\n2;b;3,5\n3;c;4\n", format: .csv, puid: "x-fmt/18"),
        .init(label: "TSV", text: "id\tname\n1\ta\n2\tb\n", format: .tsv, puid: "x-fmt/13"),
        .init(label: "Prose with uneven commas", text: "Hello, world.\nNothing here\nBut this, and that, too.\n", format: .plainText, puid: "x-fmt/111"),
        .init(label: "Ragged CSV with a comment line", text: "version,codename,release,eol,eol-lts\n## old ones\n1.1,Buzz,1996,1997\n1.2,Rex,1996,1998\n"
              + "2.0,Hamm,1998,2000\n3.0,Woody,2002,2006,2008\n4.0,Etch,2007,2010\n5.0,Lenny,2009,2012\n6.0,Squeeze,2011,2014\n", format: .csv, puid: "x-fmt/18"),
        .init(label: "XPM image lines ending with commas are not CSV", text: "static char *x[] = {\n\"16 16 2 1\",\n\". c None\",\n\"# c red\",\n\"................\",\n\"#...#...#...#...\",\n",
              format: .plainText, puid: "x-fmt/111"),
        .init(label: "JSON Lines", text: "{\"id\": 1, \"a\": \"x\"}\n{\"id\": 2, \"a\": \"y\"}\n{\"id\": 3, \"a\": \"z\"}\n", format: .json, puid: nil),
        .init(label: "Markdown by content", text: "# Title\n\nSee [the data](data.csv).\n\n- one\n- two\n", format: .markdown, puid: "fmt/1149"),
        .init(label: "Plain text named .md", text: "Just a few words.\n", name: "README.md", format: .markdown, puid: "fmt/1149"),
        .init(label: "Plain text named .csv stays plain", text: "Just a few words.\n", name: "data.csv", format: .plainText, puid: "x-fmt/111"),
        .init(label: "Shell script", text: "#!/bin/sh\necho hi\n", format: .shellScript, puid: nil),
        .init(label: "RTF", text: "{\\rtf1\\ansi Hello}", format: .rtf, puid: nil),
        .init(label: "Latin-1 text", text: "caf\u{E9}", format: .plainText, puid: "x-fmt/111"),
    ]

    @Test("Text content is sniffed into its subtype", arguments: cases)
    func sniff(_ sample: TextCase) {
        var bytes = Array(sample.text.utf8)
        if sample.label == "Latin-1 text" { bytes = [0x63, 0x61, 0x66, 0xE9, 0x0A] }
        let identity = FormatIdentification.identify(ContentSample(head: bytes, fileName: sample.name))
        #expect(identity.format == sample.format)
        #expect(identity.puid == sample.puid)
        #expect(identity.isTextual)
    }

    @Test("The extension never turns binary content into text, nor unknown bytes into a format")
    func binaryIsNotText() {
        let bytes: [UInt8] = [0x00, 0x01, 0x02, 0x03, 0xFE, 0x00, 0x42, 0x13]
        let identity = FormatIdentification.identify(ContentSample(head: bytes, fileName: "notes.txt"))
        #expect(identity == .unknown)
        #expect(identity.mediaType == "application/octet-stream")
    }

    @Test("A JSON prefix cut in the middle of a value is still JSON when the file goes on")
    func truncatedJSON() {
        let text = Array("{\"records\": [{\"id\": 1, \"label\": \"long".utf8)
        let cut = FormatIdentification.identify(ContentSample(head: text, fileSize: 1_000_000))
        let whole = FormatIdentification.identify(ContentSample(head: text))
        #expect(cut.format == .json)
        #expect(whole.format == .plainText)
    }

    @Test("UTF-8 cut inside a character at the end of the head is still text")
    func cutCharacter() {
        let bytes = Array("\u{E9}t\u{E9} ".utf8) + [0xC3]
        let identity = FormatIdentification.identify(ContentSample(head: bytes, fileSize: 10_000))
        #expect(identity.format == .plainText && identity.extras["encoding"] == "UTF-8")
    }
}
