import Foundation
import RenjaModel

/// What the words of a row say about it: page furniture to skip, totals and footers to keep,
/// signature blocks that end the table, and the level a code-less row has by its wording.
enum RowText {
    static let months = ["januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
                         "september", "oktober", "nopember", "november", "desember"]

    /// `Hal 1 dari 8`, `Halaman 2 dari 10`, `Lembar.....dari.....`, `- 12 -`.
    static func isPageCounter(_ t: String) -> Bool {
        let s = normalizedLabel(t)
        if s.hasPrefix("hal") && s.contains("dari") { return true }
        if s.hasPrefix("lembar") && s.contains("dari") { return true }
        if s.hasPrefix("halaman") { return true }
        return false
    }

    /// A perangkat daerah's own name heading its rows ("Dinas Koperasi, Usaha Kecil dan Menengah").
    static func namesOrganisation(_ uraian: String) -> Bool {
        let s = normalizedLabel(uraian)
        return ["dinas ", "badan ", "kantor ", "sekretariat ", "inspektorat", "satuan polisi", "rumah sakit"].contains { s.hasPrefix($0) }
    }

    /// A footnote under the table (`*) Diisi oleh Kepala Bappeda`, S3 prints `Disisi`): no row.
    static func isFootnote(_ t: String) -> Bool {
        let s = t.drop { $0 == " " }
        return s.hasPrefix("*)") || s.hasPrefix("**)") || s.hasPrefix("(*)")
    }

    /// The first line of a signature block: `Larantuka, 01 Oktober 2021`, `Praya, Maret 2022`,
    /// `Bengkalis, Januari 2023`, or `Disusun,` / `Dievaluasi,`, `Mengetahui`.
    static func isSignatureStart(_ t: String) -> Bool {
        let s = normalizedLabel(t)
        // A place and date left blank to fill in by hand: "…………, ………… 2024".
        if s.count >= 6, s.filter({ $0 == "." || $0 == "…" }).count * 2 >= s.count, s.contains(",") { return true }
        if s.hasPrefix("disusun") || s.hasPrefix("dievaluasi") || s.hasPrefix("mengetahui") { return true }
        if s.hasPrefix("kepala dinas") || s.hasPrefix("kepala badan") || s.hasPrefix("nip") || s.hasPrefix("nip.") { return true }
        guard let comma = s.firstIndex(of: ","), s.distance(from: s.startIndex, to: comma) <= 25 else { return false }
        let after = s[s.index(after: comma)...]
        return months.contains { after.contains($0) } && after.count < 40
    }

    /// `Jumlah`, `Total`, `Jumlah Total`, `Total Pagu`, `Grand Total`.
    static func isTotal(_ t: String) -> Bool {
        // Every row passes here; a total label is short.
        guard !t.isEmpty, t.utf8.count <= 30 else { return false }
        // Every label below starts with j, t or g once blanks, colons and dots are passed.
        for b in t.utf8 where !(b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == 0x3A || b == 0x2E) {
            if b < 0x80, !"jtgJTG".utf8.contains(b) { return false }
            break
        }
        var s = normalizedLabel(t)
        while let l = s.last, l == " " || l == ":" || l == "." { s.removeLast() }
        while let f = s.first, f == " " || f == ":" || f == "." { s.removeFirst() }
        return s == "jumlah" || s == "total" || s.hasPrefix("jumlah total") || s == "grand total" || s.hasPrefix("total pagu")
            || s == "jumlah keseluruhan" || s.hasPrefix("total keseluruhan") || s == "jumlah seluruhnya"
    }

    /// The level a name says it has: `Program …`, `Kegiatan …`, `Sub Kegiatan …`, `Urusan …`.
    /// A programme, kegiatan or sub kegiatan named in a data row ("Program Pelayanan Izin Usaha"),
    /// as opposed to a header wording ("Program/ Kegiatan", "Program, Kegiatan dan Sub Kegiatan").
    static func namesChainRow(_ t: String) -> Bool {
        let s = normalizedLabel(t)
        guard s.hasPrefix("program ") || s.hasPrefix("kegiatan ") || s.hasPrefix("sub kegiatan ") else { return false }
        return s.split(separator: " ").count >= 3 && !s.prefix(16).contains("/")
    }

    static func levelByWording(_ t: String) -> Level? {
        // Every row asks: a name whose first letter starts none of the words is answered at once,
        // and only the start of a long name is normalized (the words are at most 26 letters).
        for b in t.utf8 where !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
            if b < 0x80, !"skpubSKPUB".utf8.contains(b) { return nil }
            break
        }
        var s = t.utf8.count > 64 ? normalizedLabel(String(decoding: t.utf8.prefix(64), as: UTF8.self)) : normalizedLabel(t)
        if s.utf8.count < 32 && t.utf8.count > 64 { s = normalizedLabel(t) }
        if s.hasPrefix("sub kegiatan") || s.hasPrefix("subkegiatan") { return .subkegiatan }
        if s.hasPrefix("kegiatan") { return .kegiatan }
        if s.hasPrefix("program") { return .program }
        if s.hasPrefix("urusan pemerintahan bidang") || s.hasPrefix("bidang urusan") { return .bidang }
        if s.hasPrefix("urusan") { return .urusan }
        return nil
    }

    /// Upper case names are programs in code-less tables (S2, S4).
    static func isUpperCase(_ t: String) -> Bool {
        let letters = t.unicodeScalars.filter { CharacterSet.letters.contains($0) }
        guard letters.count >= 6 else { return false }
        let upper = letters.filter { CharacterSet.uppercaseLetters.contains($0) }.count
        return Double(upper) >= Double(letters.count) * 0.9
    }

    /// Words that make a wrapped line continue the one above.
    static func continues(previous: String, next: String) -> Bool {
        guard let first = next.trimmedWhitespace.first else { return false }
        if first.isLowercase { return true }
        let p = normalizedLabel(previous)
        for w in [" dan", " serta", " di", " yang", " kewenangan", " untuk", " pada", " dari", ",", "/", "-", " bagi", " dalam", " ke"] where p.hasSuffix(w) {
            return true
        }
        return false
    }

    /// The year, pemda and perangkat daerah printed in the title lines.
    static func meta(from lines: [String]) -> Meta {
        var meta = Meta()
        var labelledPD = false
        for line in lines {
            let s = line.trimmedWhitespace
            let low = normalizedLabel(s)
            if meta.tahun == nil, let r = low.range(of: "tahun") {
                let after = low[r.upperBound...]
                let digits = after.drop { !$0.isNumber }.prefix(4)
                if digits.count == 4, let y = Int(digits), (2000...2100).contains(y) { meta.tahun = y }
            }
            // A realisation report dated by its position: "POSISI 31 DESEMBER 2020" (S0).
            if meta.tahun == nil, low.hasPrefix("posisi "), let y = HeaderBlock.years(in: low).last { meta.tahun = y }
            if meta.pemda == nil {
                for p in ["kabupaten ", "kota ", "provinsi ", "pemerintah kabupaten ", "pemerintah kota "] where low.hasPrefix(p) {
                    meta.pemda = s.hasPrefix("Pemerintah ") || s.hasPrefix("PEMERINTAH ") ? String(s.dropFirst(11)) : s
                }
            }
            // A labelled line ("Nama Perangkat Daerah :", "OPD :", "SKPD :") wins over a title line
            // that merely starts with "Dinas …" (S3 prints both, the title with "… TAHUN 2024").
            if !labelledPD, let colon = s.firstIndex(of: ":"),
               ["perangkat daerah", "opd", "skpd", "unit kerja"].contains(where: { normalizedLabel(String(s[..<colon])).hasSuffix($0) }) {
                let v = s[s.index(after: colon)...].trimmedWhitespace
                if !v.isEmpty && !v.allSatisfy({ $0 == "." || $0 == "…" }) { meta.perangkatDaerah = v; labelledPD = true }
            } else if meta.perangkatDaerah == nil, low.hasPrefix("dinas ") || low.hasPrefix("badan ") {
                meta.perangkatDaerah = s
            } else if meta.perangkatDaerah == nil, low.hasPrefix("pada dinas ") || low.hasPrefix("pada badan ") {
                // "PADA DINAS KOPERASI DAN UKM KABUPATEN FLORES TIMUR" (S0's realisation title).
                meta.perangkatDaerah = String(s.dropFirst(5))
            }
        }
        if meta.pemda == nil {
            for line in lines { if let p = pemdaInside(line) { meta.pemda = p; break } }
        }
        return meta
    }

    /// "… Kabupaten Bengkulu", "DINAS … KABUPATEN BENGKALIS TAHUN 2024": the pemda named inside a
    /// title line, up to a year or "Tahun" ("Kabupaten/Kota" is a category, not a name).
    static func pemdaInside(_ line: String) -> String? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        for (i, w) in words.enumerated() where ["kabupaten", "kota", "provinsi"].contains(w.lowercased()) && i + 1 < words.count {
            var name: [Substring] = [w]
            for x in words[(i + 1)...] {
                let l = x.lowercased()
                if l == "tahun" || l.first?.isNumber == true || x.contains("/") || l == "dan" { break }
                name.append(x)
            }
            if name.count >= 2 { return name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,:;")) }
        }
        return nil
    }
}
