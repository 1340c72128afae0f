import FairPackFormats
import Testing

@Suite("Data dictionary checked while the table streams")
struct TableSchemaTests {
    let schema = TableSchema(columns: [
        .init(name: "id", type: .integer),
        .init(name: "mass", type: .number, unit: "kg"),
        .init(name: "sex", type: .text, allowedValues: ["F", "M"]),
        .init(name: "visit", type: .date),
        .init(name: "consent", type: .boolean),
    ])

    @Test("missing and extra columns are named, with the extra column's position")
    func columns() {
        let report = Feeding.table("id,mass,sex,comment,consent\n1,2.5,F,ok,true\n", schema: schema)
        #expect(report.schemaProblems.map(\.kind) == [.missingColumn(name: "visit"), .extraColumn(name: "comment", position: 4)])
    }

    @Test("wrong types and values outside the allowed set are counted with the first line and examples")
    func values() {
        let text = "id,mass,sex,visit,consent\n1,2.5,F,2024-01-02,1\nx2,3,M,2024-13-01,oui\n3,n/a,H,02/01/2024,maybe\n4,\"4,5\",f,,0\n"
        let report = Feeding.table(text, schema: schema)
        let byKind = Dictionary(uniqueKeysWithValues: report.schemaProblems.map { ($0.kind, $0) })
        #expect(byKind[.wrongType(column: "id", expected: .integer)] == SchemaProblem(
            kind: .wrongType(column: "id", expected: .integer), count: 1, firstLine: 3, examples: ["x2"]))
        #expect(byKind[.wrongType(column: "mass", expected: .number)]?.examples == ["n/a"])
        #expect(byKind[.valueNotAllowed(column: "sex")]?.count == 2)
        #expect(byKind[.valueNotAllowed(column: "sex")]?.examples == ["H", "f"])
        #expect(byKind[.wrongType(column: "visit", expected: .date)]?.firstLine == 3)
        #expect(byKind[.wrongType(column: "consent", expected: .boolean)]?.examples == ["maybe"])
        #expect(report.schemaProblems.count == 5)
    }

    @Test("a table matching its dictionary has no problems, whatever the chunking", arguments: [1, 7, 4096])
    func clean(chunk: Int) {
        let text = "id,mass,sex,visit,consent\r\n1,2.5,F,2024-01-02,true\r\n2,\"3,5\",M,15/01/2024,non\r\n"
        #expect(Feeding.table(Array(text.utf8), chunk: chunk, schema: schema).schemaProblems.isEmpty)
    }
}
