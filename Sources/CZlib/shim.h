#ifndef FACTD_CZLIB_SHIM_H
#define FACTD_CZLIB_SHIM_H
// zlib's raw deflate, for documents' texts kept compressed in the snapshot (FactModel.Deflate).
// deflateInit2 and inflateInit2 are macros; the functions they expand to are called directly.
#include <zlib.h>
#endif
