// The process's allocator on Linux: mimalloc (Debian: libmimalloc-dev), linked into the executable
// (Package.swift) so that it stands in for malloc and free everywhere, libxlsxwriter and libxml2
// included. Elsewhere the system's allocator is kept and this header is empty.
#if defined(__linux__)
#include <mimalloc.h>
#endif
