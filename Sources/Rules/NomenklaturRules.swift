import Foundation
import Layouts
import RenjaModel

/// kode.nomenklatur: a code the nomenclature does not know, a name that does not match its code,
/// provincial wording in a kabupaten/kota document, two nomenclature versions in one document.
/// A family of its own beside `KodeRules` (each row's name is compared, the longest of the rules):
/// two threads can run them side by side.
struct NomenklaturRules {
    let v: Validator

    func run() -> [Finding] {
        guard v.spec.isHierarchical else { return [] }
        var out: [Finding] = []
        let rows = v.model.rows
        // The rows whose codes KodeRules finds valid and absolute, read in place.
        for i in rows.indices where rows[i].level.depth != nil && rows[i].hasKode {
            guard let k = v.kodes[i], !k.isRelative else { continue }
            // Made once: a name the reader keeps in its store is made a string at every ask.
            let uraian = rows[i].uraian
            // Nomenclature: unknown code or name that does not match.
            if let n = v.nomenklatur, !uraian.isEmpty {
                let c = n.check(name: uraian, kode: k)
                if !c.known {
                    out.append(v.finding("kode.nomenklatur", .warning, row: i, key: "kode",
                        id: "Kode \(k) (\(uraian.prefix(60))) tidak dikenal dalam nomenklatur renja. Periksa kode terhadap Kepmendagri nomenklatur yang berlaku.",
                        en: "Code \(k) (\(uraian.prefix(60))) is not in renja's nomenclature. Check it against the current Kepmendagri nomenclature."))
                } else if !c.matches {
                    out.append(v.finding("kode.nomenklatur", .warning, row: i, key: "uraian",
                        id: "Nama '\(uraian)' tidak sesuai nomenklatur kode \(k): '\(c.official ?? "")'. Samakan namanya dengan nomenklatur, atau periksa kodenya.",
                        en: "Name '\(uraian)' does not match the nomenclature of code \(k): '\(c.official ?? "")'. Use the official name or check the code."))
                }
            }
            // Provincial wording in a kabupaten/kota document.
            if uraian.utf8.count > 18, uraian.containsBytes("rovinsi") || uraian.containsBytes("ROVINSI"),
               uraian.lowercased().containsBytes("kewenangan provinsi"), isKabupatenDocument(k) {
                out.append(v.finding("kode.nomenklatur", .warning, row: i, key: "uraian",
                    id: "\(v.who(i)) memakai rumusan provinsi ('Kewenangan Provinsi') dalam dokumen kabupaten/kota. Gunakan rumusan 'Kewenangan Kabupaten/Kota'.",
                    en: "\(v.who(i, english: true)) uses the provincial wording ('Kewenangan Provinsi') in a kabupaten/kota document. Use 'Kewenangan Kabupaten/Kota'."))
            }
        }
        out += era()
        return out
    }

    /// kode.nomenklatur (warning): 2-digit (2021-22) and 4-digit (since) sub kegiatan numbers mixed
    /// in one document: two nomenclature versions side by side.
    func era() -> [Finding] {
        // Counted first, and the minority's rows gathered in a second pass: lists of every sub
        // kegiatan row of each kind took 1.6 MB at 100,000 rows.
        func digits(_ i: Int) -> Int? {
            guard v.model.rows[i].level == .subkegiatan, let k = v.kodes[i], k.level == .subkegiatan, let last = k.segments.last else { return nil }
            return last.count == 2 ? 2 : 4
        }
        var two = 0, four = 0
        for i in v.model.rows.indices {
            switch digits(i) {
            case 2?: two += 1
            case 4?: four += 1
            default: break
            }
        }
        guard two > 0, four > 0 else { return [] }
        let (w, other) = two <= four ? (2, 4) : (4, 2)
        return v.model.rows.indices.filter { digits($0) == w }.map { i in
            v.finding("kode.nomenklatur", .warning, row: i, key: "kode",
                id: "Kode \(v.model.rows[i].kode) memakai nomor sub kegiatan \(w) digit, sedangkan sebagian besar dokumen memakai \(other) digit. Gunakan satu versi nomenklatur untuk seluruh dokumen.",
                en: "Code \(v.model.rows[i].kode) uses a \(w)-digit sub kegiatan number while most of the document uses \(other) digits. Use one nomenclature version for the whole document.")
        }
    }

    func isKabupatenDocument(_ k: Kode) -> Bool {
        if let p = v.model.meta.pemda?.lowercased(), p.hasPrefix("kabupaten") || p.hasPrefix("kota") { return true }
        // Kegiatan level digit 2 = kabupaten/kota.
        return k.segments.count >= 4 && k.segments[3] == "2"
    }

}
