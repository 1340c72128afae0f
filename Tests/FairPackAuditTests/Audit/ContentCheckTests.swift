import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackFormats
@testable import FairPackAudit
import Foundation
import Testing

/// The table, encoding and personal-data rules on small real files, read by the one read.
@Suite("Tables, encodings and personal data in the audit")
struct ContentCheckTests {
    static let rules = [
        "text.encoding", "tabular.delimiter", "tabular.header", "tabular.ragged-rows", "tabular.blank-rows", "tabular.quoting",
        "tabular.mixed-types", "tabular.schema", "personal-data.email", "personal-data.phone", "personal-data.nir",
        "personal-data.iban", "personal-data.names",
    ]

    /// The findings of every content rule on a deposit holding `files` (path → bytes) and `metadata`.
    func audit(_ files: [String: [UInt8]], metadata: String = "title: Mesures\n") throws -> [Finding] {
        let folder = try TemporaryFolder()
        _ = try folder.write("deposit.yaml", metadata)
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: folder.url(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        var catalog = try ProfileCatalog.load()
        let profile = "id: test\nrules:\n" + Self.rules.map { "  \($0): {}\n" }.joined()
        try catalog.add(try ProfileDocument.parse(profile, file: "test.yaml"))
        return Auditor(profile: try ProfileResolver.resolve(["test"], in: catalog)).audit(try Deposit.open(at: folder.path)).findings
    }

    func audit(_ path: String, _ text: String, metadata: String = "title: Mesures\n") throws -> [Finding] {
        try audit([path: Array(text.utf8)], metadata: metadata)
    }

    @Test("a tab-indented help text named .txt is not read as a table; a tab-separated .txt with a header is")
    func textThatIsNotATable() throws {
        let help = "*notes.txt*\tFor version 9.0\n\n" + (1...40).map { "\t\tEntry \($0)\tdescribed here\n\t\tmore\there\n" }.joined()
        #expect(try audit("docs/notes.txt", help).filter { $0.rule.hasPrefix("tabular.") }.isEmpty)
        let table = "site\tmesure\tdate\n" + (1...40).map { "S\($0)\t\($0)\t2024-03-01\n" }.joined() + "S41\t41\n"
        #expect(try audit("data/mesures.txt", table).contains { $0.rule == "tabular.ragged-rows" && $0.path == "data/mesures.txt" })
    }

    @Test("a ragged CSV: the finding gives the first lines and the count")
    func ragged() throws {
        let findings = try audit("data/a.csv", "id,site,mass\n1,Poitiers,12.5\n2,Rennes\n3,Brest,4.0,extra\n4,Nantes,3.1\n")
        let ragged = try #require(findings.first { $0.rule == "tabular.ragged-rows" })
        #expect(ragged.message.contains("2 rows"))
        #expect(ragged.message.contains("line 3") && ragged.message.contains("line 4"))
        #expect(ragged.path == "data/a.csv")
    }

    @Test("an ISO-8859-1 CSV: line and column of the first bad byte, the encoding and the iconv command")
    func latin1() throws {
        let bytes = Array("id,commune\n1,Poitiers\n2,Châtellerault\n".data(using: .isoLatin1)!)
        let finding = try #require(try audit(["data/communes.csv": bytes]).first { $0.rule == "text.encoding" })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("line 3, column 5"))
        #expect(finding.message.contains("ISO-8859-1"))
        #expect(finding.fix.contains("iconv -f ISO-8859-1 -t UTF-8 data/communes.csv > data/communes-utf8.csv"))
    }

    @Test("a BOM and CRLF CSV is clean but for a note on the BOM")
    func bomCRLF() throws {
        let findings = try audit(["data/a.csv": [0xEF, 0xBB, 0xBF] + Array("id,site\r\n1,Poitiers\r\n2,Rennes\r\n".utf8)])
        #expect(findings.map(\.rule) == ["text.encoding"])
        #expect(findings.first?.severity == .note)
    }

    @Test("a semicolon CSV with decimal commas is clean")
    func semicolon() throws {
        let findings = try audit("data/a.csv", "id;site;masse\n1;Poitiers;12,5\n2;Rennes;3,25\n3;Brest;7\n")
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("a number column with n/a gets a note on mixed types")
    func mixedTypes() throws {
        let findings = try audit("data/a.csv", "id,mass\n1,12.5\n2,n/a\n3,4.5\n4,3.0\n5,2.5\n6,1.5\n")
        let note = try #require(findings.first { $0.rule == "tabular.mixed-types" })
        #expect(note.severity == .note)
        #expect(note.message.contains("`n/a`"))
    }

    @Test("header problems: blank and duplicate names", arguments: [
        ("id,,mass\n1,a,2\n", "no name"),
        ("id,mass,mass\n1,2,3\n", "are all named `mass`"),
    ])
    func header(_ text: String, _ expected: String) throws {
        let finding = try #require(try audit("data/a.csv", text).first { $0.rule == "tabular.header" })
        #expect(finding.message.contains(expected))
    }

    @Test("a blank row and an unterminated quote are reported")
    func blankAndQuote() throws {
        let blank = try audit("data/a.csv", "id,site\n1,Poitiers\n\n2,Rennes\n")
        #expect(blank.first { $0.rule == "tabular.blank-rows" }?.message.contains("line 3") == true)
        let quote = try audit("data/a.csv", "id,site\n1,\"Poitiers\n2,Rennes\n")
        #expect(quote.first { $0.rule == "tabular.quoting" }?.message.contains("line 2, column 3") == true)
    }

    @Test("personal data in text, CSV, JSON and XML: masked, placed, with a digest")
    func personalData() throws {
        let findings = try audit([
            "notes.txt": Array("Contact : camille.martin@univ-exemple.fr\nTél. 06 12 34 56 78\n".utf8),
            "data/people.csv": Array("id,phone\n1,+33 6 12 34 56 78\n2,+44 20 7946 0958\n".utf8),
            "data/record.json": Array("{\"nir\": \"1850578006084 91\", \"bad\": \"1850578006084 12\"}\n".utf8),
            "data/bank.xml": Array("<account><iban>FR76 3000 6000 0112 3456 7890 189</iban></account>\n".utf8),
        ])
        let email = try #require(findings.first { $0.rule == "personal-data.email" })
        #expect(email.path == "notes.txt")
        #expect(email.message.contains("c***@u***.fr") && email.message.contains("line 1, column 11"))
        #expect(!email.message.contains("camille") && !email.fix.contains("camille"))
        #expect(email.fix.contains("digest: " + PersonalDataInspectorFactory.digest(of: "c***@u***.fr")))
        #expect(findings.filter { $0.rule == "personal-data.phone" }.count == 3)
        let nir = findings.filter { $0.rule == "personal-data.nir" }
        #expect(nir.map(\.severity).sorted() == [.note, .error])
        let iban = try #require(findings.first { $0.rule == "personal-data.iban" })
        #expect(iban.path == "data/bank.xml" && !iban.message.contains("0112 3456"))
    }

    @Test("an accepted finding stops applying; the metadata's own addresses are not findings")
    func accepted() throws {
        let text = "Contact : camille.martin@univ-exemple.fr\n"
        let digest = PersonalDataInspectorFactory.digest(of: "c***@u***.fr")
        let accepted = "title: x\nreviewed:\n  accepted:\n    - { rule: personal-data.email, path: notes.txt, digest: \"\(digest)\" }\n"
        #expect(try audit("notes.txt", text, metadata: accepted).isEmpty)
        let published = "title: x\ncontact: { name: \"Martin, Camille\", email: camille.martin@univ-exemple.fr }\n"
        #expect(try audit("notes.txt", text, metadata: published).isEmpty)
        #expect(try audit("notes.txt", text + "other: j.doe@example.org\n", metadata: accepted).count == 1)
    }

    @Test("a name column is a note unless the file is declared personal-data: none; anonymised still gets errors")
    func names() throws {
        let csv = "id,nom,email\n1,Martin,c.martin@univ-exemple.fr\n"
        let plain = try audit("data/a.csv", csv)
        #expect(plain.first { $0.rule == "personal-data.names" }?.severity == .note)
        let none = try audit("data/a.csv", csv, metadata: "title: x\nfiles:\n  - { path: data/a.csv, personal-data: none }\n")
        #expect(!none.contains { $0.rule == "personal-data.names" })
        let anonymised = try audit("data/a.csv", csv, metadata: "title: x\nfiles:\n  - { path: data/a.csv, personal-data: anonymised }\n")
        #expect(anonymised.first { $0.rule == "personal-data.email" }?.severity == .error)
    }

    @Test("the data dictionary: missing column, wrong type, value outside the allowed set")
    func schema() throws {
        let metadata = """
            title: x
            files:
              - path: data/a.csv
                columns:
                  - { name: id, type: integer }
                  - { name: site, type: text, values: [Poitiers, Rennes] }
                  - { name: mass, type: number, unit: kg }
                  - { name: date, type: date }
            """
        let findings = try audit("data/a.csv", "id,site,mass\n1,Poitiers,12.5\nx2,Brest,3\n", metadata: metadata)
            .filter { $0.rule == "tabular.schema" }.map(\.message)
        #expect(findings.contains { $0.contains("`date`") && $0.contains("lacks") })
        #expect(findings.contains { $0.contains("column `id`") && $0.contains("integer") && $0.contains("line 3") })
        #expect(findings.contains { $0.contains("column `site`") && $0.contains("allowed") })
    }

    @Test("binary files are skipped by the text inspectors")
    func binary() throws {
        #expect(try audit(["data/blob.dat": [0x00, 0x01, 0xFF, 0xFE] + Array("camille.martin@univ-exemple.fr".utf8)]).isEmpty)
    }
}
