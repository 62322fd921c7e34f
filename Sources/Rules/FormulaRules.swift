import Layouts
import RenjaModel

/// formula.derived: a derived column (tingkat realisasi, capaian, realisasi s/d, sisa, persen)
/// that does not equal its formula on the row's own stated values. Percentages are compared with a
/// tolerance of 0,01 (rounding versus truncation, layouts.md §7); money exactly.
struct FormulaRules {
    let v: Validator

    func run() -> [Finding] {
        var out: [Finding] = []
        let sums = Set(SumRules(v: v).quarterSums().map(\.0))
        for c in v.spec.columns where c.isDerived && !sums.contains(c.key) {
            let rows = v.model.rows
            // Rows are read in place; only a row that states the derived value is copied whole.
            for i in rows.indices where rows[i].level != .lain && rows[i].level != .total {
                guard let stated = rows[i].values[c.key]?.number else { continue }
                let r = rows[i]
                guard let e = Derivation.expression(for: c, row: r, spec: v.spec),
                      e.references.allSatisfy({ Derivation.isNumeric(r.values[$0], lenient: true) || r.values[$0] == nil }),
                      e.references.contains(where: { Derivation.isNumeric(r.values[$0], lenient: true) }),
                      var computed = Derivation.evaluate(e, row: r, lenient: true) else { continue }
                if let p = c.round { computed = computed.rounded(p) }
                let tolerance = c.type == .rupiah ? DecimalNumber.zero : DecimalNumber(mantissa: 1, scale: 2)
                let diff = (stated - computed).magnitude
                guard tolerance < diff else { continue }
                let formula = (c.number.contains("=") ? c.number : (c.formula ?? ""))
                out.append(v.finding("formula.derived", .error, row: i, key: c.key, expected: computed, actual: stated,
                    id: "\(v.label(c.key)) \(v.who(i)) tertulis \(v.show(stated, c.key)), padahal menurut rumus \(formula) seharusnya \(v.show(computed, c.key)). Perbaiki nilainya (atau biarkan renja menulis rumusnya).",
                    en: "\(v.label(c.key)) of \(v.who(i, english: true)) is \(v.show(stated, c.key, english: true)) but by its formula \(formula) it should be \(v.show(computed, c.key, english: true)). Correct the value (or let renja write the formula)."))
            }
        }
        out += printed()
        return out
    }

    /// formula.printed (warning): the data does not satisfy the formula the document itself prints
    /// in its number row (S2 T-C.30: "(10) = (9+6)/2" fails on every row). The official formula is
    /// what renja enforces; the printed one is only reported.
    func printed() -> [Finding] {
        var out: [Finding] = []
        for (key, both) in v.printedFormulas.sorted(by: { $0.key < $1.key }) {
            let parts = both.split(separator: "|", maxSplits: 1).map(String.init)
            let text = parts.count > 1 ? parts[1] : parts[0]
            guard let e = try? Formula.parse(parts[0]) else { continue }
            // Printed under other numbers but the official formula (S3's "14 = 7+13"): formula.derived checks it.
            if let official = v.spec.column(key)?.formula, official.filter({ $0 != " " }) == parts[0].filter({ $0 != " " }) { continue }
            let rows = v.model.rows
            for i in rows.indices where rows[i].level != .total && !(rows[i].level == .lain && rows[i].uraian.lowercased().hasPrefix("predikat")) {
                guard let stated = rows[i].values[key]?.number else { continue }
                let r = rows[i]
                guard e.references.allSatisfy({ Derivation.isNumeric(r.values[$0]) }),
                      let computed = Derivation.evaluate(e, row: r)?.rounded(2) else { continue }
                guard DecimalNumber(mantissa: 1, scale: 2) < (stated - computed).magnitude else { continue }
                out.append(v.finding("formula.printed", .warning, row: i, key: key, expected: computed, actual: stated,
                    id: "\(v.label(key)) \(v.who(i)) tertulis \(v.show(stated, key)), tetapi rumus yang dicetak di baris nomor kolom (\(text)) memberi \(v.show(computed, key)). Samakan isi kolom dengan rumusnya, atau perbaiki rumus yang dicetak.",
                    en: "\(v.label(key)) of \(v.who(i, english: true)) is \(v.show(stated, key, english: true)) but the formula printed in the column-number row (\(text)) gives \(v.show(computed, key, english: true)). Make the column follow its formula, or correct the printed formula."))
            }
        }
        return out
    }
}

extension DecimalNumber {
    var magnitude: DecimalNumber { isNegative ? -self : self }
}
