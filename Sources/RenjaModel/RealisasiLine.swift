/// One line of a realisation file (`renja update --realisasi FILE`).
public struct RealisasiLine: Sendable {
    /// Line of the file (1-based), for messages.
    public var line: Int
    public var kode: String
    public var indikator: String?
    public var rp: Int64?
    public var k: DecimalNumber?
    public var fisik: DecimalNumber?
    public var keterangan: String?

    public init(line: Int, kode: String, indikator: String? = nil, rp: Int64? = nil, k: DecimalNumber? = nil, fisik: DecimalNumber? = nil, keterangan: String? = nil) {
        self.line = line
        self.kode = kode
        self.indikator = indikator
        self.rp = rp
        self.k = k
        self.fisik = fisik
        self.keterangan = keterangan
    }
}

