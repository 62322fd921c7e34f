import Foundation

/// Lower-case, single-spaced text for matching header wordings and labels: `"Pagu  Indikatif\n(Rp.)"`
/// becomes `"pagu indikatif (rp.)"`.
public func normalizedLabel(_ s: String) -> String {
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

/// Trims spaces and line breaks without Foundation when there are none to trim (nearly always).
public func trimmed(_ s: String) -> String {
    guard let f = s.unicodeScalars.first, let l = s.unicodeScalars.last else { return s }
    if !f.properties.isWhitespace && !l.properties.isWhitespace { return s }
    return s.trimmingCharacters(in: .whitespacesAndNewlines)
}
