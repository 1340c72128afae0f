import Foundation
import Testing
@testable import FairPackLicences

/// The binary holds the reference texts' shingles, not the texts: this suite computes them from the
/// official texts with the library's normaliser and fails when the committed source differs.
/// `FAIRPACK_REGENERATE=1` (set by `make generate`) rewrites the source instead.
@Suite("Licence references compiled in")
struct LicenceReferenceEmbedTests {
    static let generatedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/FairPackLicences/Generated/LicenceReferences.swift")

    static func computed() -> [LicenceTextMatcher.Reference] {
        LicenceTexts.all.map {
            LicenceTextMatcher.Reference(id: $0.id, variant: $0.variant, text: $0.text, firstLine: $0.firstLine, lastLine: $0.lastLine)
        }
    }

    static func source(of references: [LicenceTextMatcher.Reference]) -> String {
        var lines = [
            "// Generated from Tests/FairPackLicencesTests/Generated/LicenceTexts.swift by the test",
            "// LicenceReferenceEmbedTests (`make generate`); do not edit.",
            "",
            "/// Each official licence text as the matcher compares it: its word-trigram shingles in text order",
            "/// (base64, 64-bit little-endian), the positions of the licence proper, and its variant flags.",
            "enum EmbeddedLicenceReferences {",
            "    static let all: [(id: String, variant: String, core: Range<Int>, flags: VariantFlags, shingles: String)] = [",
        ]
        for reference in references {
            let flags = "VariantFlags(shareAlike: \(reference.flags.shareAlike), nonCommercial: \(reference.flags.nonCommercial), "
                + "noDerivatives: \(reference.flags.noDerivatives))"
            lines.append("        (\"\(reference.id)\", \"\(reference.variant)\", \(reference.core.lowerBound)..<\(reference.core.upperBound), \(flags),")
            lines.append("         \"\(LicenceTextMatcher.encodeShingles(reference.sequence))\"),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    @Test("The committed shingles are those of the official texts")
    func committedSourceIsCurrent() throws {
        let expected = Self.source(of: Self.computed())
        if ProcessInfo.processInfo.environment["FAIRPACK_REGENERATE"] == "1" {
            try expected.write(to: Self.generatedPath, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.generatedPath, encoding: .utf8)
        #expect(committed == expected, "stale \(Self.generatedPath.lastPathComponent): run make generate")
    }

    @Test("The decoded catalogue holds every text's shingles, core and flags")
    func catalogueDecodes() {
        let computed = Self.computed()
        let decoded = LicenceTextMatcher.catalogue
        #expect(decoded.count == computed.count)
        for (reference, expected) in zip(decoded, computed) {
            #expect(reference.id == expected.id && reference.variant == expected.variant)
            #expect(reference.sequence == expected.sequence, "\(expected.id) \(expected.variant)")
            #expect(reference.core == expected.core && reference.coreCount == expected.coreCount)
            #expect(reference.flags == expected.flags)
        }
        #expect(computed.allSatisfy { $0.sequence.count > 20 })
    }

    @Test("Shingles survive the base64 round trip, extremes included")
    func roundTrip() {
        let shingles: [UInt64] = [0, 1, .max, 0x0123_4567_89AB_CDEF, 1 << 63]
        #expect(LicenceTextMatcher.decodeShingles(LicenceTextMatcher.encodeShingles(shingles)) == shingles)
        #expect(LicenceTextMatcher.decodeShingles("").isEmpty)
    }
}

@Suite("Shingle owners")
struct ShingleOwnersTests {
    @Test("Each shingle knows the references holding it, in full and in their core, and counts each core shingle once")
    func owners() {
        let owners = ShingleOwners(sequences: [[5, 0, 7, 5, 9], [7, 11]], cores: [1..<4, 0..<2])
        #expect(owners.masks(of: 5) == .init(all: 0b01, core: 0b01))
        #expect(owners.masks(of: 0) == .init(all: 0b01, core: 0b01))
        #expect(owners.masks(of: 7) == .init(all: 0b11, core: 0b11))
        #expect(owners.masks(of: 9) == .init(all: 0b01, core: 0))
        #expect(owners.masks(of: 11) == .init(all: 0b10, core: 0b10))
        #expect(owners.masks(of: 12) == .init())
        #expect(owners.coreCounts == [3, 2])
    }

    @Test("Shingles landing on the same slot are all found")
    func collisions() {
        // Multiples of 2^58 share their low bits; Fibonacci hashing still spreads them, and linear
        // probing keeps every one when it does not.
        let sequence = (1...40).map { UInt64($0) << 58 }
        let owners = ShingleOwners(sequences: [sequence], cores: [0..<40])
        #expect(sequence.allSatisfy { owners.masks(of: $0).all == 1 })
        #expect(owners.masks(of: 41 << 58).all == 0)
        #expect(owners.coreCounts == [40])
    }
}
