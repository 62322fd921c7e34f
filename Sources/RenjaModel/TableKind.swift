/// The nine table kinds renja knows (contract §1). The layouts themselves are data in `templates/`.
public enum TableKind: String, CaseIterable, Sendable, Codable {
    case tc29, tc30, tc31, tc32, tc33
    case evaluasi
    case rencanaAksi = "rencana-aksi"
    case dpa
    case realisasi

    public var id: String { rawValue }
}
