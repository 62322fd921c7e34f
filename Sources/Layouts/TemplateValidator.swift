import Foundation
import RenjaModel
import SheetIO

/// Checks a template file against the format (templates/README.md): every key unique, every
/// variant naming only known columns, every formula referring to existing columns, header paths
/// that fit the header rows, known column types and aggregation.
public enum TemplateValidator {
    public static func problems(in spec: TemplateSpec, expectedKind: TableKind? = nil) -> [String] {
        var p: [String] = []
        if spec.format != 1 { p.append("format \(spec.format) is not supported (expected 1)") }
        if let expectedKind, spec.kind != expectedKind.rawValue { p.append("kind '\(spec.kind)' does not match the file name '\(expectedKind.rawValue)'") }
        if spec.tableKind == nil { p.append("unknown kind '\(spec.kind)'") }
        if !SheetName.isValid(spec.sheet) { p.append("sheet name '\(spec.sheet)' is not a valid Excel sheet name") }
        if spec.headerRows < 1 || spec.headerRows > 5 { p.append("header_rows must be 1...5") }
        if spec.titleLines.isEmpty { p.append("title_lines is empty") }

        var seen = Set<String>()
        for c in spec.columns {
            if !seen.insert(c.key).inserted { p.append("column key '\(c.key)' is not unique") }
            if c.key.isEmpty || c.key.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "_") }) {
                p.append("column key '\(c.key)' is not snake_case")
            }
            if c.header.isEmpty || c.header.count > spec.headerRows {
                p.append("column '\(c.key)': header has \(c.header.count) levels, header_rows is \(spec.headerRows)")
            }
            if c.width <= 0 || c.width > 255 { p.append("column '\(c.key)': width \(c.width) out of range") }
            if c.aliases.isEmpty { p.append("column '\(c.key)': no aliases to recognise it by") }
            if let a = c.aggregate, a != "sum" { p.append("column '\(c.key)': unknown aggregate '\(a)'") }
            if c.aggregate != nil && c.type != .rupiah && c.type != .number { p.append("column '\(c.key)': only money or number columns aggregate") }
            var formulas: [String] = []
            if let f = c.formula { formulas.append(f) }
            formulas += (c.formulaByIndicator ?? [:]).values
            if c.formulaByIndicator != nil && c.formula == nil { p.append("column '\(c.key)': formula_by_indicator without formula") }
            for f in formulas {
                do {
                    let e = try Formula.parse(f)
                    for ref in e.references where spec.column(ref) == nil {
                        p.append("column '\(c.key)': formula refers to unknown column '\(ref)'")
                    }
                    if e.references.contains(c.key) { p.append("column '\(c.key)': formula refers to itself") }
                } catch {
                    p.append("column '\(c.key)': formula '\(f)': \(error)")
                }
            }
            for l in c.required ?? [] where Level(rawValue: l) == nil { p.append("column '\(c.key)': unknown level '\(l)' in required") }
        }
        for type in [ColumnType.kode, .uraian] where spec.isHierarchical && !spec.columns.contains(where: { $0.type == type }) {
            p.append("hierarchical table without a column of type '\(type.rawValue)'")
        }
        if spec.variants.isEmpty { p.append("no variants (the first one is the official layout)") }
        var ids = Set<String>()
        for v in spec.variants {
            if !ids.insert(v.id).inserted { p.append("variant id '\(v.id)' is not unique") }
            for k in v.keys where spec.column(k) == nil { p.append("variant '\(v.id)' names unknown column '\(k)'") }
            if Set(v.keys).count != v.keys.count { p.append("variant '\(v.id)' names a column twice") }
            if let n = v.numberRow, n.count != v.keys.count { p.append("variant '\(v.id)': number_row has \(n.count) labels for \(v.keys.count) columns") }
            for k in v.thousands ?? [] where spec.column(k)?.type != .rupiah { p.append("variant '\(v.id)': thousands names non-money column '\(k)'") }
        }
        if let official = spec.variants.first {
            if official.id != spec.kind { p.append("the first (official) variant must have the id '\(spec.kind)'") }
            // A derived column of the official layout must find its operands in that layout.
            let keys = Set(official.keys)
            for c in spec.columns(of: official) {
                for f in [c.formula].compactMap({ $0 }) + Array((c.formulaByIndicator ?? [:]).values) {
                    if let e = try? Formula.parse(f) {
                        for r in e.references where !keys.contains(r) {
                            p.append("official column '\(c.key)': formula operand '\(r)' is not in the official layout")
                        }
                    }
                }
            }
        }
        for f in spec.footers ?? [] {
            if !["program", "document"].contains(f.scope) { p.append("footer '\(f.label)': unknown scope '\(f.scope)'") }
            if !["average", "predikat"].contains(f.kind) { p.append("footer '\(f.label)': unknown kind '\(f.kind)'") }
            for k in f.columns + [f.labelColumn] where spec.column(k) == nil { p.append("footer '\(f.label)': unknown column '\(k)'") }
        }
        for c in spec.checks ?? [] {
            for k in [c.left] + c.right where spec.column(k) == nil { p.append("check \(c.rule): unknown column '\(k)'") }
        }
        return p
    }
}

