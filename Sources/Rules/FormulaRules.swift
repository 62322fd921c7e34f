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
            for (i, r) in v.model.rows.enumerated() where r.level != .lain && r.level != .total {
                guard let stated = r.values[c.key]?.number,
                      let e = Derivation.expression(for: c, row: r, spec: v.spec),
                      e.references.allSatisfy({ Derivation.isNumeric(r.values[$0]) || r.values[$0] == nil }),
                      e.references.contains(where: { Derivation.isNumeric(r.values[$0]) }),
                      var computed = Derivation.evaluate(e, row: r) else { continue }
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
        return out
    }
}

extension DecimalNumber {
    var magnitude: DecimalNumber { isNegative ? -self : self }
}
