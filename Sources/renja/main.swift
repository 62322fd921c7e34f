import CMalloc
import RenjaCLI

// On Linux the executable's allocator is mimalloc, linked in place of the C library's malloc for the whole
// process (Swift, libxlsxwriter, libxml2). The C library's allocator gives each thread an arena
// of its own, and memory one thread frees stays there, out of reach of the others: with a model
// decoded on one thread, a body decided on another and libxlsxwriter's million cells allocated on
// a third, a 100,000-row JSON -> XLSX peaked 17 MiB higher and took a tenth more CPU.
// Freed pages go back to the system at once rather than after a delay: the cell grid of a large
// read is freed row by row while the model grows, and a 100,000-row read then peaks at 130 MiB
// instead of 157 (for a few more system calls).
#if os(Linux)
mi_option_set(mi_option_decommit_delay, 0)
// Forced: also takes back the pages of threads that have ended (see `Allocator.collect`).
Allocator.collect = { mi_collect(true) }
#endif

RenjaCommand.runMain()
