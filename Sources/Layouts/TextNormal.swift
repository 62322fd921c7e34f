import Foundation

/// Lower-case, single-spaced text for matching header wordings and labels: `"Pagu  Indikatif\n(Rp.)"`
/// becomes `"pagu indikatif (rp.)"`.
public func normalizedLabel(_ s: String) -> String {
    // Nearly every label is ASCII: lower-case and collapse spaces byte by byte.
    var copy = s
    if let ascii = copy.withUTF8({ b -> String? in
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var lastSpace = true
        for c in b {
            if c >= 0x80 { return nil }
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                if !lastSpace { out.append(0x20); lastSpace = true }
            } else {
                out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                lastSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }) { return ascii }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var lastSpace = true
    for ch in s.lowercased() {
        if ch.isWhitespace || ch == "\u{00A0}" {
            if !lastSpace { out.append(" "); lastSpace = true }
        } else {
            out.append(ch)
            lastSpace = false
        }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
}

/// Trims spaces and line breaks (RenjaModel's `trimmedWhitespace`, which returns the string itself
/// when there is nothing to trim).
public func trimmed(_ s: String) -> String { s.trimmedWhitespace }
