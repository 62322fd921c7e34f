import RenjaModel

/// The nomenclature answers the reader's questions (a code for a name, the document's bidang).
extension Nomenklatur: NomenclatureLookup {
    public func resolveKode(name: String, level: Level?, under parent: Kode?) -> (kode: String, level: Level)? {
        guard let e = resolve(name: name, level: level, under: parent) else { return nil }
        return (e.kode, e.level)
    }

    public var onlyBidang: String? { nil }
}
