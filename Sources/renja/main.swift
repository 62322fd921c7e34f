import CMalloc
import RenjaCLI

#if os(Linux)
// No fastbins in glibc's allocator. libxlsxwriter frees its million cells when the workbook
// closes; with fastbins those chunks wait there, and the next larger allocation merges them all
// in one go: 145 ms on one core after a 100,000-row workbook is written, and the same after the
// cell grid of a large read is freed. Without fastbins a freed chunk is merged when it is freed,
// inside work that is already running (a 100k JSON -> XLSX goes from 3.21 to 3.01 s).
_ = mallopt(M_MXFAST, 0)
#endif

RenjaCommand.runMain()
