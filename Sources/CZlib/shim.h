#ifndef FAIRPACK_CZLIB_SHIM_H
#define FAIRPACK_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro that passes the library version and the stream size; Swift cannot call macros.
static inline int fairpack_inflate_init2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
