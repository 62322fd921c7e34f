// renja-bench: whole-process measurements of renja beside its peers (issue 7).
//
//   swift build -c release && .build/release/renja-bench [--quick] [--runs N] [--work DIR]
//
// Inputs are generated deterministically with ../shared/bench/gen_tc33.py (T-C.33 workbooks of 1k,
// 10k and 100k sub kegiatan with their CSV twins), a kabupaten batch of 50 small OPD files, and a
// 2,000-row evaluasi workbook with a 2,000-line realisation file for `renja update`. Every command
// runs as its own process (start-up included), `--runs` times after one warm-up; the table shows
// the median wall time, the peak RSS (getrusage of the child) and the ratios to the peers measured
// in the same run: openpyxl (read_only), python-calamine, XlsxWriter, and the two C floor programs
// of ../shared/bench/c (minizip + libxml2 xmlTextReader; libxlsxwriter), built here with gcc.
// A peer that is not installed is reported as missing, never guessed.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: Options and places

struct Options {
    var quick = false
    var runs = 3
    var work = URL(fileURLWithPath: "/tmp/renja-bench")
    var sizes: [Int] { quick ? [1_000, 10_000] : [1_000, 10_000, 100_000] }
    /// The national year (1.2 million rows) is measured in the full run only.
    var national: Bool { !quick }
}

var parsed = Options()
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--quick": parsed.quick = true
    case "--runs": parsed.runs = max(1, Int(args.popFirst() ?? "") ?? 3)
    case "--work": parsed.work = URL(fileURLWithPath: args.popFirst() ?? "/tmp/renja-bench")
    case "-h", "--help":
        print("usage: renja-bench [--quick] [--runs N] [--work DIR]\n  --quick   1k and 10k only (no 100k, no national batch)\n  --runs N  timed runs per command after one warm-up (default 3)")
        exit(0)
    default:
        FileHandle.standardError.write(Data("renja-bench: unknown option \(a)\n".utf8))
        exit(2)
    }
}
let options = parsed

let fm = FileManager.default
/// The checkout: this file lives in Benchmarks/RenjaBench/.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// ../shared/bench beside the checkout; for a clone made elsewhere (`git clone /work/main /tmp/x`),
/// beside the repository it was cloned from; or where RENJA_BENCH_SHARED says.
func sharedBench() -> URL {
    if let given = ProcessInfo.processInfo.environment["RENJA_BENCH_SHARED"] { return URL(fileURLWithPath: given) }
    let beside = root.appendingPathComponent("../shared/bench").standardized
    if FileManager.default.fileExists(atPath: beside.path) { return beside }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", root.path, "remote", "get-url", "origin"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    if (try? p.run()) != nil {
        let origin = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        p.waitUntilExit()
        let path = origin.hasPrefix("file://") ? String(origin.dropFirst(7)) : origin
        if path.hasPrefix("/") {
            let there = URL(fileURLWithPath: path).appendingPathComponent("../shared/bench").standardized
            if FileManager.default.fileExists(atPath: there.path) { return there }
        }
    }
    return beside
}
let shared = sharedBench()
let renja = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("renja")
let data = options.work.appendingPathComponent("data"), out = options.work.appendingPathComponent("out"), bin = options.work.appendingPathComponent("bin")
for d in [data, out, bin] { try? fm.createDirectory(at: d, withIntermediateDirectories: true) }

func fail(_ s: String) -> Never {
    FileHandle.standardError.write(Data("renja-bench: \(s)\n".utf8))
    exit(2)
}
guard fm.isExecutableFile(atPath: renja.path) else { fail("no renja executable beside renja-bench (\(renja.path)); run swift build -c release first") }
guard fm.fileExists(atPath: shared.appendingPathComponent("gen_tc33.py").path) else {
    fail("\(shared.path)/gen_tc33.py not found: the benchmark needs ../shared/bench beside the checkout (or beside the repository it was cloned from); set RENJA_BENCH_SHARED to its folder otherwise")
}

// MARK: Processes

struct Measure { var seconds: Double; var peakKiB: Int; var status: Int32 }

/// Runs a command to completion, output discarded; wall time and the child's peak RSS.
func run(_ argv: [String], env: [String: String] = [:]) -> Measure {
    var pid: pid_t = 0
    var fa = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fa)
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&fa) }
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
    let start = Date()
    guard posix_spawnp(&pid, argv[0], &fa, nil, cArgs, cEnv) == 0 else { return Measure(seconds: .nan, peakKiB: 0, status: 127) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Date().timeIntervalSince(start)
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Measure(seconds: seconds, peakKiB: Int(usage.ru_maxrss), status: code)
}

/// Runs a command once and returns its standard output (setup steps, not timed).
func capture(_ argv: [String]) -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (127, "\(error)") }
    let d = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: d, as: UTF8.self))
}

/// Median of `runs` timed runs after one warm-up; nil when the command fails.
func measure(_ argv: [String], ok: Set<Int32> = [0, 1]) -> Measure? {
    let warm = run(argv)
    guard ok.contains(warm.status) else { return nil }
    var ms: [Measure] = []
    for _ in 0..<options.runs { ms.append(run(argv)) }
    guard ms.allSatisfy({ ok.contains($0.status) }) else { return nil }
    let sorted = ms.sorted { $0.seconds < $1.seconds }
    var m = sorted[sorted.count / 2]
    m.peakKiB = ms.map(\.peakKiB).max() ?? 0
    return m
}

/// Several commands at once, `parallel` at a time; the wall time of the whole batch.
func measureBatch(_ commands: [[String]], parallel: Int) -> Measure {
    var times: [Double] = []
    var peak = 0
    for _ in 0..<(options.runs + 1) {
        let start = Date()
        var next = 0
        var running: [pid_t] = []
        var worst: Int32 = 0
        func spawn(_ argv: [String]) {
            var pid: pid_t = 0
            var fa = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&fa)
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0)
            let c = argv.map { strdup($0) } + [nil]
            posix_spawnp(&pid, argv[0], &fa, nil, c, environ)
            c.forEach { free($0) }
            posix_spawn_file_actions_destroy(&fa)
            running.append(pid)
        }
        while next < commands.count || !running.isEmpty {
            while running.count < parallel && next < commands.count { spawn(commands[next]); next += 1 }
            var status: Int32 = 0
            var usage = rusage()
            let pid = wait4(-1, &status, 0, &usage)
            if pid <= 0 { break }
            running.removeAll { $0 == pid }
            peak = max(peak, Int(usage.ru_maxrss))
            worst = max(worst, (status >> 8) & 0xff)
        }
        times.append(Date().timeIntervalSince(start))
        _ = worst
    }
    times.removeFirst()  // warm-up
    times.sort()
    return Measure(seconds: times[times.count / 2], peakKiB: peak, status: 0)
}

// MARK: Inputs

func generate(_ n: Int) -> (xlsx: URL, csv: URL) {
    let x = data.appendingPathComponent("tc33_\(n).xlsx"), c = data.appendingPathComponent("tc33_\(n).csv")
    if !fm.fileExists(atPath: x.path) || !fm.fileExists(atPath: c.path) {
        let (rc, text) = capture(["python3", shared.appendingPathComponent("gen_tc33.py").path, "-n", "\(n)", "-o", x.path, "--csv", c.path])
        if rc != 0 { fail("gen_tc33.py -n \(n) failed: \(text)") }
    }
    return (x, c)
}

/// 50 perangkat daerah of a kabupaten, 20 to 100 sub kegiatan each, one seed per file.
func kabupaten() -> [URL] {
    (0..<50).map { i in
        let n = 20 + (i * 37) % 81
        let x = data.appendingPathComponent("opd_\(i).xlsx")
        if !fm.fileExists(atPath: x.path) {
            let (rc, text) = capture(["python3", shared.appendingPathComponent("gen_tc33.py").path, "-n", "\(n)", "--seed", "\(100 + i)", "-o", x.path])
            if rc != 0 { fail("gen_tc33.py for opd \(i) failed: \(text)") }
        }
        return x
    }
}

/// The nation's year: ten T-C.33 workbooks of 100,000 sub kegiatan each (1.21 million rows), one
/// seed per file, as a ministry would receive them from the provinces.
func national() -> [URL] {
    (1...10).map { i in
        let x = data.appendingPathComponent("national_\(i).xlsx")
        if !fm.fileExists(atPath: x.path) {
            let (rc, text) = capture(["python3", shared.appendingPathComponent("gen_tc33.py").path, "-n", "100000", "--seed", "\(200 + i)", "-o", x.path])
            if rc != 0 { fail("gen_tc33.py for national file \(i) failed: \(text)") }
        }
        return x
    }
}

/// One timed run (for the national batch, whose single run takes tens of seconds).
func measureOnce(_ argv: [String], ok: Set<Int32> = [0, 1]) -> Measure? {
    let m = run(argv)
    return ok.contains(m.status) ? m : nil
}

/// An evaluasi model of 2,000 sub kegiatan (quarters I-II filled) and a realisation file for
/// quarter III, as renja's own JSON and CSV.
func evaluasiInputs() -> (workbook: URL, realisasi: URL) {
    let json = data.appendingPathComponent("evaluasi_2000.json"), wb = data.appendingPathComponent("evaluasi_2000.xlsx")
    let csv = data.appendingPathComponent("realisasi_tw3_2000.csv")
    if fm.fileExists(atPath: wb.path) && fm.fileExists(atPath: csv.path) { return (wb, csv) }
    var rows: [String] = []
    var lines = ["kode;realisasi_rp;realisasi_k"]
    var seed: UInt64 = 7
    func rnd(_ m: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(m)) }
    for p in 1...20 {
        let pk = String(format: "2.17.%02d", p)
        rows.append(#"{"kode":"\#(pk)","level":"program","uraian":"Program \#(p) Pemberdayaan Usaha Mikro","values":{}}"#)
        for k in 1...20 {
            let kk = "\(pk).2.\(String(format: "%02d", k))"
            rows.append(#"{"kode":"\#(kk)","level":"kegiatan","uraian":"Kegiatan \#(k) Pengembangan Koperasi","values":{}}"#)
            for s in 1...5 {
                let sk = "\(kk).\(String(format: "%04d", s))"
                let target = 50_000_000 + rnd(900) * 1_000_000
                let q1 = target / 5 + rnd(1000) * 1000, q2 = target / 4 + rnd(1000) * 1000
                rows.append(#"{"kode":"\#(sk)","level":"subkegiatan","uraian":"Sub kegiatan \#(s) fasilitasi usaha mikro","values":{"indikator":"Jumlah usaha mikro yang difasilitasi","satuan":"Unit","target_renstra_k":"200","target_renstra_rp":\#(target * 5),"target_k":"40","target_rp":\#(target),"tw1_k":"8","tw1_rp":\#(q1),"tw2_k":"10","tw2_rp":\#(q2),"unit":"Dinas Koperasi"}}"#)
                lines.append("\(sk);\(target / 3 + rnd(1000) * 1000);\(9 + rnd(4))")
            }
        }
    }
    let model = #"{"renja_model":1,"table":"evaluasi","layout":"evaluasi","meta":{"tahun":2026,"perangkat_daerah":"Dinas Koperasi"},"rows":["# + rows.joined(separator: ",") + "]}"
    try? Data(model.utf8).write(to: json)
    try? Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: csv)
    let (rc, text) = capture([renja.path, "convert", json.path, "-o", wb.path])
    if rc > 1 { fail("making the evaluasi workbook failed: \(text)") }
    return (wb, csv)
}

// MARK: Peers

/// The two C floor programs of ../shared/bench/c, built once with gcc.
func cFloor(_ name: String, _ flags: [String]) -> URL? {
    let exe = bin.appendingPathComponent(name)
    if fm.isExecutableFile(atPath: exe.path) { return exe }
    let src = shared.appendingPathComponent("c/\(name).c").path
    let (rc, _) = capture(["sh", "-c", "gcc -O2 -o '\(exe.path)' '\(src)' \(flags.joined(separator: " "))"])
    return rc == 0 ? exe : nil
}
let cRead = cFloor("read_xlsx_cells", ["$(pkg-config --cflags --libs libxml-2.0)", "-lminizip"])
let cWrite = cFloor("write_tc33", ["-lxlsxwriter"])
func python(has module: String) -> Bool { capture(["python3", "-c", "import \(module)"]).0 == 0 }
let hasOpenpyxl = python(has: "openpyxl"), hasCalamine = python(has: "python_calamine"), hasXlsxWriter = python(has: "xlsxwriter")

// MARK: The run

struct Line { var task: String; var rows: String; var renja: Measure?; var peers: [(String, Measure?)] }
var lines: [Line] = []
func show(_ m: Measure?) -> String { m.map { String(format: "%.3f s, %d MiB", $0.seconds, $0.peakKiB / 1024) } ?? "n/a" }
func ratio(_ a: Measure?, _ b: Measure?) -> String {
    guard let a, let b, b.seconds > 0 else { return "–" }
    return String(format: "%.2f×", a.seconds / b.seconds)
}

print("renja-bench: \(options.runs) runs after a warm-up; inputs in \(data.path)")
print("peers: openpyxl \(hasOpenpyxl ? "yes" : "missing"), python-calamine \(hasCalamine ? "yes" : "missing"), XlsxWriter \(hasXlsxWriter ? "yes" : "missing"), C read floor \(cRead != nil ? "built" : "missing (libminizip-dev?)"), C write floor \(cWrite != nil ? "built" : "missing")")
var targets: [(String, Bool?)] = []
for n in options.sizes {
    let (xlsx, csv) = generate(n)
    let rows = "\(n + n / 5 + n / 100)"
    let json = out.appendingPathComponent("tc33_\(n).json")
    // Read: XLSX -> model JSON.
    let read = measure([renja.path, "convert", xlsx.path, "-o", json.path])
    let cR = cRead.flatMap { measure([$0.path, xlsx.path], ok: [0]) }
    let opx = hasOpenpyxl && n <= 100_000 ? measure(["python3", shared.appendingPathComponent("read_xlsx.py").path, "--lib", "openpyxl-ro", xlsx.path], ok: [0]) : nil
    let cal = hasCalamine ? measure(["python3", shared.appendingPathComponent("read_xlsx.py").path, "--lib", "calamine", xlsx.path], ok: [0]) : nil
    lines.append(Line(task: "read xlsx -> model (convert X.xlsx -o Y.json)", rows: rows, renja: read, peers: [("C floor", cR), ("openpyxl", opx), ("calamine", cal)]))
    // Write: model JSON -> XLSX with formulas and cached values.
    let write = measure([renja.path, "convert", json.path, "-o", out.appendingPathComponent("w_\(n).xlsx").path])
    let cW = cWrite.flatMap { measure([$0.path, csv.path, out.appendingPathComponent("c_\(n).xlsx").path], ok: [0]) }
    let xw = hasXlsxWriter ? measure(["python3", shared.appendingPathComponent("gen_tc33.py").path, "-n", "\(n)", "-o", out.appendingPathComponent("py_\(n).xlsx").path], ok: [0]) : nil
    lines.append(Line(task: "write model -> xlsx (convert Y.json -o Z.xlsx)", rows: rows, renja: write, peers: [("C floor", cW), ("XlsxWriter", xw)]))
    // End to end: read, validate, write.
    let e2e = measure([renja.path, "convert", xlsx.path, "-o", out.appendingPathComponent("e_\(n).xlsx").path])
    var both: Measure? = nil
    if let r = cR, let w = cW { both = Measure(seconds: r.seconds + w.seconds, peakKiB: max(r.peakKiB, w.peakKiB), status: 0) }
    var py: Measure? = nil
    if let r = opx, let w = xw { py = Measure(seconds: r.seconds + w.seconds, peakKiB: max(r.peakKiB, w.peakKiB), status: 0) }
    lines.append(Line(task: "end to end (convert X.xlsx -o Z.xlsx)", rows: rows, renja: e2e, peers: [("C read+write", both), ("openpyxl+XlsxWriter", py)]))
    if n == 1_000 { targets.append(("1,210-row file end to end under 100 ms", e2e.map { $0.seconds < 0.100 })) }
    if n == 100_000 {
        targets.append(("read 100k ≤ 1.25 × C read floor", read.flatMap { r in cR.map { r.seconds <= 1.25 * $0.seconds } }))
        targets.append(("read 100k ≤ 80 MiB", read.map { $0.peakKiB <= 80 * 1024 }))
        targets.append(("write 100k ≤ 1.15 × C write floor", write.flatMap { w in cW.map { w.seconds <= 1.15 * $0.seconds } }))
        targets.append(("write 100k ≤ 300 MiB", write.map { $0.peakKiB <= 300 * 1024 }))
        targets.append(("end to end 100k ≤ 1.2 × (C read + C write)", e2e.flatMap { e in both.map { e.seconds <= 1.2 * $0.seconds } }))
        targets.append(("end to end 100k ≥ 4 × faster than openpyxl + XlsxWriter", e2e.flatMap { e in py.map { $0.seconds >= 4 * e.seconds } }))
    }
}
// The kabupaten batch: 50 OPD files validated, two at a time (both cores), and in one process.
let opd = kabupaten()
let batch = measureBatch(opd.map { [renja.path, "validate", $0.path, "--format", "json"] }, parallel: 2)
lines.append(Line(task: "validate 50 OPD files, 2 processes at a time", rows: "\(opd.count) files", renja: batch, peers: []))
let oneProcess = measure([renja.path, "validate"] + opd.map(\.path) + ["--format", "json"])
lines.append(Line(task: "validate 50 OPD files in one process (both cores)", rows: "\(opd.count) files", renja: oneProcess, peers: []))
targets.append(("kabupaten batch validated under 1 s", (oneProcess.map { $0.seconds < 1.0 }) ?? (batch.seconds < 1.0)))
// The national year in one process (reading, model and rules on both cores), measured once.
if options.national {
    let files = national()
    let nat = measureOnce([renja.path, "validate"] + files.map(\.path) + ["--format", "json"])
    lines.append(Line(task: "validate the national year: 10 files × 121,005 rows, one process (1 run)", rows: "1,210,050", renja: nat, peers: []))
    targets.append(("1.2 M rows (national) in under a minute", nat.map { $0.seconds < 60 }))
}
// Quarterly update: 2,000 sub kegiatan, 2,000 lines.
let (wb, realisasi) = evaluasiInputs()
let upd = measure([renja.path, "update", wb.path, "--realisasi", realisasi.path, "--triwulan", "3", "-o", out.appendingPathComponent("u.xlsx").path])
lines.append(Line(task: "update quarter III (2,000 rows, 2,000 lines)", rows: "2,421", renja: upd, peers: []))
targets.append(("update of 2,000 rows well under a second", upd.map { $0.seconds < 0.5 }))

print("")
print("| task | rows | renja | peers (ratio renja/peer) |")
print("|---|---|---|---|")
for l in lines {
    let peers = l.peers.map { "\($0.0): \(show($0.1)) (\(ratio(l.renja, $0.1)))" }.joined(separator: "; ")
    print("| \(l.task) | \(l.rows) | \(show(l.renja)) | \(peers.isEmpty ? "–" : peers) |")
}
print("")
for (t, ok) in targets { print("\(ok.map { $0 ? "MET    " : "NOT MET" } ?? "NOT RUN") \(t)") }
