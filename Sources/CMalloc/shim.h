// The process's allocator: mimalloc (Debian: libmimalloc-dev), linked into the executable so that
// it stands in for malloc and free everywhere, libxlsxwriter and libxml2 included.
#include <mimalloc.h>
