import Foundation
import FairPackFormats

/// Feeds bytes to an engine in chunks of a given size, as the one-pass reader does.
enum Feeding {
    static func chunks(of bytes: [UInt8], size: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            bytes[start..<end].withUnsafeBytes(body)
            start = end
        }
    }

    static func table(_ bytes: [UInt8], chunk: Int = 4096, schema: TableSchema? = nil, delimiter: TableDelimiter? = nil) -> TableReport {
        var inspector = TableInspector(schema: schema, delimiter: delimiter)
        chunks(of: bytes, size: chunk) { inspector.consume($0) }
        return inspector.finish()
    }

    static func table(_ text: String, chunk: Int = 4096, schema: TableSchema? = nil) -> TableReport {
        table(Array(text.utf8), chunk: chunk, schema: schema)
    }

    static func encoding(_ bytes: [UInt8], chunk: Int = 4096) -> EncodingReport {
        var inspector = EncodingInspector()
        chunks(of: bytes, size: chunk) { inspector.consume($0) }
        return inspector.finish()
    }

    static func personalData(_ bytes: [UInt8], chunk: Int = 4096, hitsPerKind: Int = 20) -> PersonalDataReport {
        var scanner = PersonalDataScanner(hitsPerKind: hitsPerKind)
        chunks(of: bytes, size: chunk) { scanner.consume($0) }
        return scanner.finish()
    }

    static func personalData(_ text: String, chunk: Int = 4096) -> PersonalDataReport {
        personalData(Array(text.utf8), chunk: chunk)
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
    }
}
