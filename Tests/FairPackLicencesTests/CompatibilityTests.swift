import Testing
import FairPackLicences

@Suite("Licence compatibility of a file inside a deposit")
struct CompatibilityTests {
    @Test("Files whose licence fits the deposit's", arguments: [
        ("CC-BY-4.0", "etalab-2.0"), ("etalab-2.0", "CC-BY-4.0"), ("CC0-1.0", "etalab-2.0"), ("ODC-By-1.0", "etalab-2.0"),
        ("MIT", "etalab-2.0"), ("GPL-3.0-only", "CC-BY-4.0"), ("CC-BY-4.0", "CC-BY-SA-4.0"), ("CC-BY-SA-4.0", "CC-BY-SA-4.0"),
        ("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"), ("MIT", "Apache-2.0"), ("OGL-UK-3.0", "etalab-2.0"),
    ])
    func compatible(file: String, deposit: String) {
        #expect(LicenceCompatibility.check(file: file, inDeposit: deposit) == .compatible)
    }

    @Test("Files whose licence contradicts the deposit's, with the reason", arguments: [
        ("CC-BY-SA-4.0", "CC-BY-4.0", "CC-BY-SA-4.0 requires derivatives under the same licence, which CC-BY-4.0 does not."),
        ("CC-BY-NC-4.0", "etalab-2.0", "CC-BY-NC-4.0 forbids commercial use, which etalab-2.0 allows."),
        ("CC-BY-ND-4.0", "CC-BY-4.0", "CC-BY-ND-4.0 forbids sharing adaptations, which CC-BY-4.0 allows."),
        ("ODbL-1.0", "etalab-2.0", "ODbL-1.0 requires derivatives under the same licence, which etalab-2.0 does not."),
        ("CC-BY-4.0", "CC0-1.0", "CC-BY-4.0 requires attribution, which CC0-1.0 waives."),
        ("GPL-3.0-only", "MIT", "GPL-3.0-only requires the combined work under its own terms, which MIT does not impose."),
    ])
    func incompatible(file: String, deposit: String, reason: String) {
        #expect(LicenceCompatibility.check(file: file, inDeposit: deposit) == .incompatible(reason: reason))
    }

    @Test("An unknown licence is reported as unknown, not as compatible")
    func unknown() {
        #expect(!LicenceCompatibility.check(file: "LicenseRef-custom", inDeposit: "etalab-2.0").isCompatible)
        if case .unknown = LicenceCompatibility.check(file: "CC-BY-4.0", inDeposit: "Proprietary") {} else {
            Issue.record("expected unknown")
        }
    }
}
