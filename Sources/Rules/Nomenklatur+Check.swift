import RenjaModel

/// The nomenclature answers the validator's kode.nomenklatur question.
extension Nomenklatur: NomenclatureCheck {
    public func check(name: String, kode: Kode) -> (known: Bool, matches: Bool, official: String?) {
        switch nameMatches(name, kode: kode) {
        case .unknownKode: return (false, false, nil)
        case .uncovered: return (true, true, nil)  // nothing known of that bidang: no verdict
        case .exact: return (true, true, nil)
        case .close(let official): return (true, true, official)
        case .different(let official): return (true, false, official)
        }
    }
}
