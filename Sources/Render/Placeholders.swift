import RenjaModel

/// Fills the `{tahun}`, `{tahun-2}`, `{tahun+1}`, `{pemda}`, `{perangkat_daerah}` placeholders of
/// title lines and headers. Unknown values print as the blanks an officer would fill by hand
/// (`n-2`, dots), never as the raw placeholder.
public enum Placeholders {
    public static func fill(_ text: String, meta: Meta) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "{", let close = text[i...].firstIndex(of: "}") {
                let name = String(text[text.index(after: i)..<close])
                out += value(name, meta: meta) ?? String(text[i...close])
                i = text.index(after: close)
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }

    static func value(_ name: String, meta: Meta) -> String? {
        switch name {
        case "pemda": return meta.pemda ?? "Kabupaten/Kota ...................."
        case "perangkat_daerah": return meta.perangkatDaerah ?? "...................."
        case "tempat": return "...................."
        case "tanggal": return "...................."
        case "tahun_renstra": return meta.tahun.map { String($0 + 3) } ?? "...."
        default: break
        }
        guard name.hasPrefix("tahun") else { return nil }
        let rest = name.dropFirst(5)
        var offset = 0
        if !rest.isEmpty {
            guard let o = Int(rest.hasPrefix("+") ? String(rest.dropFirst()) : String(rest)) else { return nil }
            offset = o
        }
        if let t = meta.tahun { return String(t + offset) }
        return offset == 0 ? "n" : (offset > 0 ? "n+\(offset)" : "n\(offset)")
    }
}
