import Foundation
import FairPackFormats
import Testing

/// Throughput of the table inspector and the personal-data scanner over the same chunks, as the one-pass reader
/// runs them. Enabled with `FAIRPACK_BENCHMARK=1`; meaningful only in release mode:
/// `FAIRPACK_BENCHMARK=1 swift test -c release --filter ThroughputTests`.
@Suite("Throughput", .enabled(if: ProcessInfo.processInfo.environment["FAIRPACK_BENCHMARK"] != nil))
struct ThroughputTests {
    /// 200 tables of 1,000 rows with numbers, dates, text, e-mails and phones.
    static func tables() -> [[UInt8]] {
        (0..<200).map { file in
            var text = "id,date,site,mesure,commentaire,contact\n"
            for row in 0..<1_000 {
                text += "\(row),2024-03-\(10 + row % 18),Site \(file),\(row).\(row % 10),\"texte libre, avec virgule\","
                text += row % 50 == 0 ? "p\(row)@lab.fr\n" : (row % 70 == 0 ? "06 12 34 56 \(10 + row % 80)\n" : "aucun\n")
            }
            return Array(text.utf8)
        }
    }

    @Test("table inspector and personal-data scanner together over 200 tables of 1,000 rows")
    func throughput() {
        let files = Self.tables()
        let bytes = files.reduce(0) { $0 + $1.count }
        // Thread CPU time, best of three: the machine may be shared, and wall time would measure the others.
        func measure(_ body: ([UInt8]) -> Void) -> Double {
            var best = Double.infinity
            for _ in 0..<3 {
                var start = timespec(), end = timespec()
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
                for file in files { body(file) }
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
                best = min(best, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
            }
            return Double(bytes) / 1_048_576 / best
        }
        let both = measure { file in
            var table = TableInspector()
            var scanner = PersonalDataScanner()
            Feeding.chunks(of: file, size: 1 << 20) { chunk in
                table.consume(chunk)
                scanner.consume(chunk)
            }
            _ = table.finish()
            _ = scanner.finish()
        }
        let tableOnly = measure { file in
            var table = TableInspector()
            Feeding.chunks(of: file, size: 1 << 20) { table.consume($0) }
            _ = table.finish()
        }
        let scannerOnly = measure { file in
            var scanner = PersonalDataScanner()
            Feeding.chunks(of: file, size: 1 << 20) { scanner.consume($0) }
            _ = scanner.finish()
        }
        let encodingOnly = measure { file in
            var encoding = EncodingInspector()
            Feeding.chunks(of: file, size: 1 << 20) { encoding.consume($0) }
            _ = encoding.finish()
        }
        print(String(format: "throughput MB/s over %.1f MB: both %.0f, table %.0f, scanner %.0f, encoding %.0f",
                     Double(bytes) / 1_048_576, both, tableOnly, scannerOnly, encodingOnly))
        #expect(both > 0)
    }
}
