@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackHashing
import Foundation
import Testing

@Suite("Digests")
struct MultiDigestTests {
    @Test("known vectors for every algorithm, fed whole or in uneven chunks")
    func vectors() {
        let data = Data("abc".utf8)
        let expected: [DigestAlgorithm: String] = [
            .md5: "900150983cd24fb0d6963f7d28e17f72",
            .sha1: "a9993e364706816aba3e25717850c26c9cd0d89d",
            .sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            .sha512: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        ]
        #expect(MultiDigest.of(data, DigestAlgorithm.allCases) == expected)
        let large = Data((0..<300_000).map { UInt8($0 % 251) })
        let whole = MultiDigest.of(large, [.sha256, .sha512])
        var chunked = MultiDigest([.sha256, .sha512])
        large.withUnsafeBytes { bytes in
            var offset = 0
            for size in [1, 70_000, 100_000, 129_999] {
                chunked.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
                offset += size
            }
        }
        #expect(chunked.finish() == whole)
    }

    @Test("--digest lists parse and refuse unknown names")
    func lists() {
        #expect(DigestAlgorithm.list("sha256,sha512,md5") == [.sha512, .sha256, .md5])
        #expect(DigestAlgorithm.list("SHA256") == [.sha256])
        #expect(DigestAlgorithm.list("sha3") == nil)
        #expect(DigestAlgorithm.list("") == nil)
    }
}
