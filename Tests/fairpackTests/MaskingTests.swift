import Foundation
import Testing

/// Personal data is only ever shown masked: in the text report, the JSON report and the packed RO-Crate.
@Suite("Personal data never leaves fairpack unmasked")
struct MaskingTests {
    static let values = ["camille.martin@univ-exemple.fr", "06 12 34 56 78", "1850578006084 91",
                         "FR76 3000 6000 0112 3456 7890 189", "+44 20 7946 0958"]

    @Test("check (text and JSON) and pack show masked values only")
    func masked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-e2e-\(UUID().uuidString)")
        let deposit = folder.appendingPathComponent("deposit")
        try FileManager.default.createDirectory(at: deposit.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: \"Entretiens\"\nprofiles: [fair-core]\n".write(to: deposit.appendingPathComponent("deposit.yaml"),
                                                                    atomically: true, encoding: .utf8)
        try "Notes\nContact : \(Self.values[0]), tél. \(Self.values[1])\nNIR \(Self.values[2])\nIBAN \(Self.values[3])\n"
            .write(to: deposit.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "id,contact,phone\n1,\(Self.values[0]),\(Self.values[4])\n"
            .write(to: deposit.appendingPathComponent("data/people.csv"), atomically: true, encoding: .utf8)
        try "{\"mbox\": \"\(Self.values[0])\"}\n".write(to: deposit.appendingPathComponent("data/record.json"),
                                                        atomically: true, encoding: .utf8)

        let text = try BinaryRun.fairpack(["check", deposit.path])
        let json = try BinaryRun.fairpack(["check", deposit.path, "--format", "json"])
        #expect(text.status == 1 && json.status == 1)
        #expect(text.stdout.contains("c***@u***.fr"))
        let rules = (try json.json()["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(Set(rules).isSuperset(of: ["personal-data.email", "personal-data.phone", "personal-data.nir", "personal-data.iban"]))

        let bag = folder.appendingPathComponent("bag").path
        let pack = try BinaryRun.fairpack(["pack", deposit.path, "-o", bag, "--force"])
        #expect(pack.status == 0, "\(pack.stderr)")
        var written = text.stdout + text.stderr + json.stdout + json.stderr + pack.stdout + pack.stderr
        let files = FileManager.default.enumerator(atPath: bag)?.compactMap { $0 as? String } ?? []
        let payload: Set<String> = ["data/notes.txt", "data/data/people.csv", "data/data/record.json"]
        for file in files where !payload.contains(file) {
            written += (try? String(contentsOfFile: bag + "/" + file, encoding: .utf8)) ?? ""
        }
        #expect(files.contains("data/ro-crate-metadata.json"), "\(files)")
        #expect(files.contains("data/notes.txt"), "\(files)")
        for value in Self.values {
            #expect(!written.contains(value), "\(value) printed unmasked")
            #expect(!written.contains(value.replacingOccurrences(of: " ", with: "")), "\(value) printed unmasked")
        }
    }
}
