import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `text.encoding`: text files and tables are UTF-8.
public struct TextEncodingCheck: Check {
    static func facts(_ encoding: EncodingFacts, path: String = "data/a.csv", table: Bool = true) -> FileFacts {
        var facts = FileFacts(path: path)
        if table {
            var table = TableExamples.table().table
            table?.encoding = encoding
            facts.table = table
        } else {
            facts.encoding = encoding
        }
        return facts
    }

    static let latin1 = EncodingFacts(encoding: "ISO-8859-1", isValidUTF8: false, firstInvalid: TextPlace(line: 3, column: 8),
                                      invalidReason: "byte 0xE9", conversionCommand: "iconv -f ISO-8859-1 -t UTF-8 data/a.csv > data/a-utf8.csv")

    public static let description = CheckDescription(
        id: "text.encoding",
        title: "Text files are UTF-8",
        rationale: "Repositories, Dataverse ingest and most tools read text as UTF-8: a Latin-1 or Windows-1252 file shows garbled accents or fails to ingest.",
        principle: "I1",
        defaultSeverity: .error,
        needs: [.encoding, .table],
        passing: [CheckExample(ExampleMetadata.complete, files: [TableExamples.file], facts: [facts(TableExamples.utf8)])],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [TableExamples.file], facts: [facts(latin1)]).landing(at: .path("data/a.csv")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "README.txt", size: 300)],
                         facts: [facts(EncodingFacts(byteOrderMark: "UTF-8", encoding: "UTF-8", isValidUTF8: true), path: "README.txt", table: false)])
                .landing(at: .path("README.txt")),
        ])

    public init(settings: CheckSettings) {}

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            guard let facts = deposit.facts[file.path], let encoding = facts.table?.encoding ?? facts.encoding else { return nil }
            if !encoding.isValidUTF8 {
                return Problem(message: Messages.notUTF8(encoding), fix: Messages.convert(encoding.conversionCommand), path: file.path)
            }
            if let mark = encoding.byteOrderMark {
                var note = Problem(message: Messages.bom(mark), fix: Messages.dropBOM, path: file.path)
                note.severity = .note
                return note
            }
            return nil
        }
    }

    enum Messages {
        static func notUTF8(_ encoding: EncodingFacts) -> String {
            let place = encoding.firstInvalid.map { " at \($0)" } ?? ""
            let reason = encoding.invalidReason.map { " (\($0))" } ?? ""
            return "This file is not UTF-8: the first bad byte is\(place)\(reason); it is likely \(encoding.encoding)."
        }
        static func convert(_ command: String?) -> String {
            command.map { "Convert it to UTF-8: `\($0)`, then replace the file with the converted one." }
                ?? "Save it again as UTF-8 from the program that wrote it."
        }
        static func bom(_ mark: String) -> String { "This file starts with a \(mark) byte order mark, which some tools read as part of the first value." }
        static let dropBOM = "Nothing is needed for Dataverse; to be safe, save it as UTF-8 without BOM."
    }
}
