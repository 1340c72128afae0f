@testable import FairPackBase
import Foundation
import Testing

/// The JSON writer behind the report and the RO-Crate: every string must come out as valid
/// JSON that reads back to the same text.
@Suite("JSON writer escaping")
struct JSONWriterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let written: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain text", text: "Données", written: #""Données""#),
        Case(name: "double quote", text: #"say "hi""#, written: #""say \"hi\"""#),
        Case(name: "backslash", text: #"C:\data"#, written: #""C:\\data""#),
        Case(name: "newline, return, tab", text: "a\nb\rc\td", written: #""a\nb\rc\td""#),
        Case(name: "escape and bell", text: "\u{1B}]0;x\u{07}", written: #""\u001b]0;x\u0007""#),
        Case(name: "NUL and DEL", text: "\u{0}\u{7F}", written: #""\u0000\u007f""#),
        Case(name: "slash stays", text: "https://orcid.org/0000", written: #""https://orcid.org/0000""#),
        Case(name: "line separator and emoji", text: "\u{2028}🙂", written: "\"\u{2028}🙂\""),
        Case(name: "decomposed accent kept as written", text: "re\u{301}sume\u{301}", written: "\"re\u{301}sume\u{301}\""),
    ]

    @Test("each string is escaped and reads back unchanged", arguments: cases)
    func escapes(_ item: Case) throws {
        let text = JSONWriter.text(["k": item.text])
        #expect(text == "{\n  \"k\": \(item.written)\n}\n")
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(back["k"]?.unicodeScalars.elementsEqual(item.text.unicodeScalars) == true)
    }

    @Test("keys are sorted by code point, numbers and flags are bare, non-finite numbers are null")
    func shapes() {
        let text = JSONWriter.text(["b": 1, "a": [true, 2.5, Double.nan], "É": "x", "Z": [:] as [String: Any]])
        #expect(text == "{\n  \"Z\": {},\n  \"a\": [\n    true,\n    2.5,\n    null\n  ],\n  \"b\": 1,\n  \"É\": \"x\"\n}\n")
    }
}
