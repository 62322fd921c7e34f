// glibc's allocator settings (mallopt), for the executable's start. Empty elsewhere.
#if defined(__linux__)
#include <malloc.h>
#endif
