import Layouts
import SheetIO

/// Template formulas translated to Excel, from the same tree `Rules.Derivation` evaluates.
///
/// `IF(COUNT(operands)=0,"",IFERROR(expr,""))`: empty when no operand is a number, empty instead
/// of `#DIV/0!` or `#VALUE!` (a text target, a zero divisor). Only functions Excel 2010 and
/// LibreOffice both know: IF, COUNT, IFERROR, ISNUMBER, ROUND, SUM, AVERAGE.
enum ExcelFormula {
    static func derived(_ f: Formula, round: Int?, ref: (String) -> String?) -> String? {
        guard let body = translate(f, ref: ref) else { return nil }
        let operands = uniqueRefs(f, ref: ref)
        guard !operands.isEmpty else { return nil }
        let rounded = round.map { "ROUND(\(body),\($0))" } ?? body
        return "=IF(COUNT(\(operands.joined(separator: ",")))=0,\"\",IFERROR(\(rounded),\"\"))"
    }

    static func uniqueRefs(_ f: Formula, ref: (String) -> String?) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for k in f.references { if let r = ref(k), seen.insert(r).inserted { out.append(r) } }
        return out
    }

    static func translate(_ f: Formula, ref: (String) -> String?) -> String? {
        switch f {
        case .column(let k): return ref(k)
        case .constant(let s): return s
        case .add(let a, let b): return bin(a, "+", b, ref)
        case .subtract(let a, let b): return bin(a, "-", b, ref)
        case .multiply(let a, let b): return bin(a, "*", b, ref)
        case .divide(let a, let b): return bin(a, "/", b, ref)
        case .last(let xs):
            // The last operand that is a number: IF(ISNUMBER(d),d,IF(ISNUMBER(c),c,…,"")).
            var out = "\"\""
            for x in xs {
                guard let t = translate(x, ref: ref) else { return nil }
                out = "IF(ISNUMBER(\(t)),\(t),\(out))"
            }
            return out
        }
    }

    private static func bin(_ a: Formula, _ op: String, _ b: Formula, _ ref: (String) -> String?) -> String? {
        guard let x = translate(a, ref: ref), let y = translate(b, ref: ref) else { return nil }
        func wrap(_ f: Formula, _ s: String) -> String {
            switch f {
            case .add, .subtract: return "(\(s))"
            default: return s
            }
        }
        switch op {
        case "*", "/": return wrap(a, x) + op + (op == "/" ? (isAtom(b) ? y : "(\(y))") : wrap(b, y))
        case "-": return x + op + wrap(b, y)
        default: return x + op + y
        }
    }

    private static func isAtom(_ f: Formula) -> Bool {
        switch f {
        case .column, .constant, .last: true
        default: false
        }
    }

    /// A sum over exactly the given cells of one column: ranges for contiguous runs, at most 255
    /// arguments per SUM (Excel's limit), nested when there are more.
    static func sum(column: Int, rows: [Int]) -> String {
        let sorted = rows.sorted()
        // The runs of consecutive rows, each one argument (`F12` or `F12:F20`).
        var runs: [(first: Int, last: Int)] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j + 1] == sorted[j] + 1 { j += 1 }
            runs.append((sorted[i], sorted[j]))
            i = j + 1
        }
        let letters = A1.column(column)
        func reference(_ run: (first: Int, last: Int)) -> String {
            run.first == run.last ? letters + String(run.first + 1) : letters + String(run.first + 1) + ":" + letters + String(run.last + 1)
        }
        guard runs.count <= 255 else { return "=" + nestedSum(runs.map(reference)) }
        // The common case (a parent's children), written into one string: a parent row per
        // twelve rows of a large table has one of these.
        var out = "=SUM("
        out.reserveCapacity(6 + runs.count * (2 * letters.utf8.count + 14))
        for (k, run) in runs.enumerated() {
            if k > 0 { out += "," }
            out += letters
            out += String(run.first + 1)
            if run.last != run.first {
                out += ":"
                out += letters
                out += String(run.last + 1)
            }
        }
        out += ")"
        return out
    }

    private static func nestedSum(_ args: [String]) -> String {
        if args.count <= 255 { return "SUM(" + args.joined(separator: ",") + ")" }
        var groups: [String] = []
        var k = 0
        while k < args.count {
            groups.append(nestedSum(Array(args[k..<min(k + 255, args.count)])))
            k += 255
        }
        return nestedSum(groups)
    }

    /// Predikat by bands: IF(x="","",IF(x>=91,"Sangat Tinggi",IF(x>=76,"Tinggi",…,"Sangat Rendah"))).
    static func predikat(of cell: String, bands: [PredikatBand]) -> String {
        var inner = "\"\(bands.last?.label ?? "")\""
        for b in bands.dropLast().reversed() {
            guard let m = b.min else { continue }
            let bound = m == m.rounded() ? String(Int(m)) : String(m)
            inner = "IF(\(cell)>=\(bound),\"\(b.label)\",\(inner))"
        }
        return "=IF(ISNUMBER(\(cell)),\(inner),\"\")"
    }
}
