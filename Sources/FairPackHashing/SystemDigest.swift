import CCrypto
import FairPackBase

/// One running digest in the system's libcrypto (OpenSSL 3), the one C seam for hashing.
///
/// Why not swift-crypto: its bundled BoringSSL hashes SHA-512 without the AVX2 code OpenSSL 3
/// selects on this class of processor, at about 40% of `openssl speed -evp sha512`, and
/// SHA-512 is half the work of every default `pack` and `verify`. Through EVP, each algorithm
/// runs the fastest code libcrypto has for the processor (SHA extensions, AVX2).
final class SystemDigest {
    private let context: OpaquePointer

    /// Starts a digest of `algorithm`. Stops the program if libcrypto cannot allocate one,
    /// which only happens when memory is exhausted.
    init(_ algorithm: DigestAlgorithm) {
        guard let context = EVP_MD_CTX_new() else { fatalError("libcrypto could not allocate a digest context") }
        let method: OpaquePointer? = switch algorithm {
        case .md5: EVP_md5()
        case .sha1: EVP_sha1()
        case .sha256: EVP_sha256()
        case .sha512: EVP_sha512()
        }
        guard EVP_DigestInit_ex(context, method, nil) == 1 else { fatalError("libcrypto has no \(algorithm.rawValue) digest") }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Feeds the next bytes.
    func update(_ chunk: UnsafeRawBufferPointer) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        EVP_DigestUpdate(context, base, chunk.count)
    }

    /// The digest of every byte fed so far; the running digest can still be fed afterwards.
    func digest() -> [UInt8] {
        guard let copy = EVP_MD_CTX_new() else { fatalError("libcrypto could not allocate a digest context") }
        defer { EVP_MD_CTX_free(copy) }
        var bytes = [UInt8](repeating: 0, count: 64)
        var length: UInt32 = 0
        guard EVP_MD_CTX_copy_ex(copy, context) == 1, EVP_DigestFinal_ex(copy, &bytes, &length) == 1 else {
            fatalError("libcrypto could not finish a digest")
        }
        return Array(bytes.prefix(Int(length)))
    }
}
