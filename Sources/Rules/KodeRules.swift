import Foundation
import Layouts
import RenjaModel

/// kode.format, kode.hierarchy, kode.duplicate, kode.bidang (kode.nomenklatur: `NomenklaturRules`).
struct KodeRules {
    let v: Validator
    /// Each row's positional parent (see `positionalParent`), found once for all rows.
    let parents: RowIndexMap

    init(v: Validator) {
        self.v = v
        // One pass with the last row seen at each depth: the nearest row above with a smaller depth.
        var lastAt: [Int?] = []
        let rows = v.model.rows
        var parents = RowIndexMap(capacity: rows.count)
        for i in rows.indices {
            guard let d = rows[i].level.depth else { continue }
            var p: Int? = nil
            for dj in stride(from: min(d, lastAt.count) - 1, through: 0, by: -1) {
                if let j = lastAt[dj], p.map({ j > $0 }) ?? true { p = j }
            }
            parents[i] = p
            while lastAt.count <= d { lastAt.append(nil) }
            lastAt[d] = i
        }
        self.parents = parents
    }

    func run() -> [Finding] {
        guard v.spec.isHierarchical else { return [] }
        var out: [Finding] = []
        let rows = v.model.rows
        let bidang = documentBidang()
        let firstUse = firstUses(of: rows)
        // Programs present, by nomenclature key (X.XX.01 and 2.17.01 alike), looked up once per row.
        let programKeys = Set(rows.indices.compactMap { i -> String? in
            guard rows[i].level == .program, let k = v.kodes[i], !k.isRelative else { return nil }  // once per program
            return k.nomenclatureKey
        })
        // Rows are read in place, field by field: a copy of each row would touch every one of its
        // strings' reference counts, a cache miss each on a large model.
        for i in rows.indices where rows[i].level.depth != nil && rows[i].hasKode {
            let r = Validator.RowView(rows: rows, i: i)
            guard let k = v.kodes[i] else {
                out.append(v.finding("kode.format", .error, row: i, key: "kode",
                    id: "Kode '\(r.kode)' pada \(v.who(i)) bukan kode \(r.level.nama) yang sah (contoh: 2.17.03.2.01.01 untuk sub kegiatan). Perbaiki kodenya sesuai nomenklatur.",
                    en: "Code '\(r.kode)' of \(v.who(i, english: true)) is not a valid \(r.level.nameEnglish) code (e.g. 2.17.03.2.01.01 for a sub kegiatan). Correct it from the nomenclature."))
                continue
            }
            // Duplicates among chain rows (relative codes too: S3 prints 01.2.09.02 twice).
            if let first = firstUse[i] {
                out.append(v.finding("kode.duplicate", .error, row: i, key: "kode",
                    id: "Kode \(k) dipakai dua kali: pada \(v.who(first)) (baris \(rows[first].source?.row ?? first + 1)) dan pada \(v.who(i)). Setiap kode hanya boleh muncul sekali; periksa kode yang benar untuk baris ini.",
                    en: "Code \(k) is used twice: on \(v.who(first, english: true)) (row \(rows[first].source?.row ?? first + 1)) and on \(v.who(i, english: true)). Each code may appear once; check the right code for this row."))
            }
            if k.isRelative { continue }
            // Hierarchy: the parent row's code must be a prefix (X.XX equal to any bidang for program 01).
            // The row above it in the sheet (not the parent its code points to) must contain its code,
            // unless its program is missing altogether, which is reported below instead.
            // The row's program and its nomenclature key, made once for the two checks below.
            let program = k.segments.count >= 3 ? k.prefix(3) : nil
            let programKnown = programKeys.isEmpty || program.map { programKeys.contains($0.nomenclatureKey) } ?? true
            let programPresent = programKeys.isEmpty || (k.segments.count < 3) || programKnown
            if programPresent, let p = positionalParent(i), let pk = v.kodes[p], !pk.isRelative,
               !Self.isUnder(k, pk) {
                out.append(v.finding("kode.hierarchy", .error, row: i, key: "kode",
                    id: "\(v.who(i)) berada di bawah \(v.who(p)), tetapi kodenya bukan turunan \(pk). Pindahkan baris ke induk yang benar atau perbaiki kodenya.",
                    en: "\(v.who(i, english: true)) sits under \(v.who(p, english: true)) but its code is not below \(pk). Move the row to its right parent or correct its code."))
            }
            // A kegiatan or sub kegiatan whose program has no row (S0 prints 2.17.07.2.01.04 without 2.17.07).
            if let d = k.level?.depth, d >= 3, !programKeys.isEmpty, let program, !programKnown {
                out.append(v.finding("kode.hierarchy", .error, row: i, key: "kode",
                    id: "\(v.who(i)) tidak punya baris program \(program) di atasnya; jumlah bidangnya tidak akan cocok. Tambahkan baris program (dan kegiatan) itu beserta pagunya.",
                    en: "\(v.who(i, english: true)) has no programme row \(program) above it, so its bidang total cannot add up. Add that programme (and kegiatan) row with its pagu."))
            }
            if let lvl = k.level, lvl != r.level, r.level.depth != nil, !(lvl == .subkegiatan && r.level == .rekening) {
                out.append(v.finding("kode.hierarchy", .error, row: i, key: "kode",
                    id: "Kode \(k) adalah kode \(lvl.nama), tetapi baris '\(r.uraian.prefix(60))' tercatat sebagai \(r.level.nama). Periksa tingkat baris ini.",
                    en: "Code \(k) is a \(lvl.nameEnglish) code but row '\(r.uraian.prefix(60))' stands as a \(r.level.nameEnglish). Check the level of this row."))
            }
            // Another bidang than the document's (S3: 6.01 Inspektorat inside a Dinas Koperasi).
            // Reported once, at the top of a block of such codes, not on every row under it.
            if let b = bidang, !k.isPlaceholder, let kb = k.bidangKode, kb != b, k.urusan != "X",
               positionalParent(i).flatMap({ v.kodes[$0]?.bidangKode }) != kb {
                out.append(v.finding("kode.bidang", .error, row: i, key: "kode",
                    id: "Kode \(k) (\(r.uraian.prefix(60))) termasuk bidang urusan \(kb), bukan bidang \(b) milik perangkat daerah ini. Kemungkinan tersalin dari Renja perangkat daerah lain; gunakan kode bidang \(b) (atau X.XX untuk Program Penunjang).",
                    en: "Code \(k) (\(r.uraian.prefix(60))) belongs to bidang urusan \(kb), not to this perangkat daerah's bidang \(b). It was probably copied from another Renja; use bidang \(b) (or X.XX for Program Penunjang)."))
            }
        }
        return out
    }


    /// The nearest row above with a smaller depth: where the sheet puts the row.
    func positionalParent(_ i: Int) -> Int? { parents[i] }

    /// For each chain row whose code an earlier chain row already has, that earlier row (by
    /// segments, relative codes alike). Found by sorting the rows' indices by code: half a
    /// megabyte for 121,000 rows, where a dictionary of the codes seen took ten, at the moment
    /// the workbook being written is largest.
    func firstUses(of rows: [Row]) -> RowIndexMap {
        var coded: [Int32] = []
        coded.reserveCapacity(rows.count)
        for i in rows.indices where rows[i].level.depth != nil && rows[i].hasKode && v.kodes[i] != nil { coded.append(Int32(i)) }
        let kodes = v.kodes
        // Equal codes end up side by side, the earliest row first (`Kode <` ignores relativity).
        coded.sort { a, b in
            let ka = kodes[Int(a)]!, kb = kodes[Int(b)]!
            return ka < kb || (!(kb < ka) && a < b)
        }
        var firstUse = RowIndexMap(capacity: rows.count)
        var start = 0
        for j in coded.indices.dropFirst() {
            if kodes[Int(coded[j])]!.segments == kodes[Int(coded[start])]!.segments {
                firstUse[Int(coded[j])] = Int(coded[start])
            } else {
                start = j
            }
        }
        return firstUse
    }

    /// The bidang of most absolute codes (not X.XX); the document's own. Programs other than 01
    /// (Penunjang, shared by every perangkat daerah) decide when there are any: S3 copied its whole
    /// Penunjang block as 6.01.01 from the Inspektorat, its own programs are 2.17 (some malformed).
    func documentBidang() -> String? {
        // Parsed codes are counted by their packed bidang (no text made and hashed for every row),
        // the others by their text; the two counts are joined by text at the end.
        var all: [Kode: Int] = [:], own: [Kode: Int] = [:]
        var allText: [String: Int] = [:], ownText: [String: Int] = [:]
        let rows = v.model.rows
        for i in rows.indices where rows[i].level.depth != nil {
            if let k = v.kodes[i] {
                if k.isRelative { continue }
                // A parsed code answers without splitting its text again (every row passes here).
                if k.segments.count >= 2, k.urusan?.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
                    let b = k.prefix(2)
                    all[b, default: 0] += 1
                    if k.segments.count >= 3, k.programNumber != "01" { own[b, default: 0] += 1 }
                }
                continue
            }
            let parts = rows[i].kode.split(separator: ".")
            guard parts.count >= 2, parts[0].count == 1, parts[0].allSatisfy(\.isNumber), parts[1].count == 2, parts[1].allSatisfy(\.isNumber) else { continue }
            let b = "\(parts[0]).\(parts[1])"
            allText[b, default: 0] += 1
            if parts.count >= 3, parts[2] != "01" { ownText[b, default: 0] += 1 }
        }
        func joined(_ byKode: [Kode: Int], _ byText: [String: Int]) -> [String: Int] {
            var out = byText
            for (k, n) in byKode { out[k.description, default: 0] += n }
            return out
        }
        let counts = own.isEmpty && ownText.isEmpty ? joined(all, allText) : joined(own, ownText)
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        let total = counts.values.reduce(0, +)
        return best.value * 2 > total ? best.key : nil
    }

    static func isUnder(_ k: Kode, _ parent: Kode) -> Bool {
        if k.hasPrefix(parent) { return true }
        // X.XX.01… stands under any bidang's program 01 (and the other way round).
        guard k.isPlaceholder || parent.isPlaceholder else { return false }
        let a = k.nomenclatureKey.split(separator: "."), b = parent.nomenclatureKey.split(separator: ".")
        guard b.count <= a.count else { return false }
        return Array(a.prefix(b.count)) == b
    }
}
