import Foundation
import Testing
@testable import FairPackLicences

@Suite struct ProbeTests {
    @Test("probe") func probe() throws {
        var out = ""
        let gpl = try Fixtures.official("GPL-3.0-only.txt")
        let mit = try Fixtures.text("ooze-query-LICENSE.md")
        let changed = mit.replacingOccurrences(of: "to deal in the Software without restriction, including without limitation the rights",
                                               with: "to deal in the Software for non-commercial research only, excluding any right")
        let removed = mit.replacingOccurrences(of: "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.", with: "")
        for cut in [String(gpl[..<(try #require(gpl.range(of: "How to Apply These Terms"))).lowerBound]), changed, removed] {
        out += "apache cut: \(cut.count) \(LicenceDetector.findings(in: cut))\n"
        let words = LicenceTextNormaliser.comparisonWords(LicenceTextNormaliser.tokens(of: cut))
        for m in LicenceTextMatcher.matches(of: LicenceTextMatcher.shingles(of: words)).prefix(2) {
            out += "  \(m.reference.id) cov \(m.coverage) pur \(m.purity) add \(m.longestAddition) rem \(m.longestRemoval)\n"
        }
        }
        let texts = try Fixtures.officialNames().map { try Fixtures.official($0) }
        _ = LicenceDetector.findings(in: "MIT License")
        let clock = ContinuousClock()
        var tokens: [[LicenceToken]] = []
        out += "tokens \(clock.measure { tokens = texts.map { LicenceTextNormaliser.tokens(of: $0) } })\n"
        var shingles: [[(hash: UInt64, line: Int)]] = []
        out += "shingles \(clock.measure { shingles = tokens.map { LicenceTextMatcher.shingles(of: LicenceTextNormaliser.comparisonWords($0)) } })\n"
        out += "matches \(clock.measure { for s in shingles { _ = LicenceTextMatcher.matches(of: s) } })\n"
        out += "all \(clock.measure { for t in texts { _ = LicenceDetector.findings(in: t) } })\n"
        try out.write(toFile: "/tmp/lic/probe.txt", atomically: true, encoding: .utf8)
    }
}
