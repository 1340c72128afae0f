import Foundation
import Testing

/// Writes every sample crate to the folder named by `CRATE_SAMPLES_OUT`, to compare with other validators.
@Test("Sample crates can be exported for comparison", .enabled(if: ProcessInfo.processInfo.environment["CRATE_SAMPLES_OUT"] != nil))
func exportSamples() throws {
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CRATE_SAMPLES_OUT"] ?? "")
    for sample in CrateSamples.all {
        try sample.write(into: folder)
        let verdict = sample.findings().isEmpty ? "pass" : "fail"
        try Data("\(verdict) \(sample.findings().map(\.rule.rawValue).joined(separator: ","))\n".utf8)
            .write(to: folder.appendingPathComponent(sample.name + ".verdict"))
    }
}
