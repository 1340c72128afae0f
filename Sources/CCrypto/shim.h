#ifndef FAIRPACK_CCRYPTO_SHIM_H
#define FAIRPACK_CCRYPTO_SHIM_H

// The system's libcrypto (OpenSSL 3): only its message digests, through EVP, so that each
// algorithm runs the fastest code the processor allows (SHA extensions, AVX2).
#include <openssl/evp.h>

#endif
