#ifndef FACTD_CMALLOC_SHIM_H
#define FACTD_CMALLOC_SHIM_H
// glibc's malloc_trim, which returns free heap pages to the system (FactServer.HeapTrim).
#include <malloc.h>
#endif
