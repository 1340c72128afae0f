import Foundation
import Testing
import FairPackLicences

@Suite("Streaming scanner")
struct LicenceTextScannerTests {
    static func scan(_ bytes: [UInt8], chunkSize: Int, limit: Int = 256 * 1024) -> LicenceFindings {
        var scanner = LicenceTextScanner(prefixLimit: limit)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunkSize)
            let wantsMore = bytes[offset..<end].withUnsafeBytes { scanner.consume($0) }
            offset = end
            if !wantsMore { break }
        }
        return scanner.finish()
    }

    @Test("Findings do not depend on chunk boundaries", arguments: [1, 7, 4096])
    func chunking(chunkSize: Int) throws {
        for name in ["disic-LICENSE", "sbcv-LICENSE.CC-BY-4.0.md", "whereami-LICENSE.md"] {
            let bytes = Array(try Fixtures.text(name).utf8)
            #expect(Self.scan(bytes, chunkSize: chunkSize) == LicenceDetector.findings(in: try Fixtures.text(name)), "\(name)")
        }
    }

    @Test("Latin-1 text is read, not refused")
    func latin1() throws {
        let text = "Données publiées sous Licence Ouverte version 2.0 — réutilisation libre."
        let bytes = try #require(text.replacingOccurrences(of: "—", with: "-").data(using: .isoLatin1))
        let findings = Self.scan(Array(bytes), chunkSize: 5)
        #expect(findings.primary?.licenceId == "etalab-2.0")
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        let bytes = try #require("Released under the MIT License.".data(using: .utf16))
        #expect(Self.scan(Array(bytes), chunkSize: 3).primary?.licenceId == "MIT")
    }

    @Test("Memory stays bounded: the scanner stops asking after its prefix, and sees the licence in it")
    func bounded() throws {
        var scanner = LicenceTextScanner(prefixLimit: 4096)
        let header = Array("SPDX-License-Identifier: CC-BY-4.0\n".utf8)
        let filler = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        #expect(header.withUnsafeBytes { scanner.consume($0) })
        #expect(filler.withUnsafeBytes { scanner.consume($0) } == false)
        #expect(scanner.finish().primary?.licenceId == "CC-BY-4.0")
    }

    @Test("A multi-byte character cut by the prefix limit does not make UTF-8 text Latin-1")
    func cutCharacter() {
        let text = "Licence Ouverte 2.0 — é"
        let bytes = Array(text.utf8)
        let findings = Self.scan(bytes, chunkSize: 2, limit: bytes.count - 1)
        #expect(findings.primary?.licenceId == "etalab-2.0")
    }

    @Test("Binary garbage gives no licence and no crash")
    func garbage() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(Self.scan(bytes, chunkSize: 4096).isEmpty)
        #expect(Self.scan([], chunkSize: 1).isEmpty)
    }
}
