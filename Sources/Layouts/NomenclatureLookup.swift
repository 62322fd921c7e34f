import RenjaModel

/// What the reader asks of the nomenclature: a code for a name, and the bidang of a one-bidang
/// nomenclature (to place relative codes). `Nomenklatur` (RenjaModel) answers it.
public protocol NomenclatureLookup: Sendable {
    /// The code of the item whose official name is closest to `name`, when unambiguous.
    func resolveKode(name: String, level: Level?, under parent: Kode?) -> (kode: String, level: Level)?
    /// The bidang code when the nomenclature covers exactly one (besides the X.XX placeholder).
    var onlyBidang: String? { get }
    /// The bidang a perangkat daerah's name speaks of ("Dinas Koperasi, Usaha Kecil dan Menengah"
    /// -> 2.17), when exactly one bidang of the nomenclature fits.
    func bidang(ofPerangkatDaerah name: String) -> String?
}
