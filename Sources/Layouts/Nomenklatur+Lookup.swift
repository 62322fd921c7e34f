import RenjaModel

/// The nomenclature answers the reader's questions (a code for a name, the document's bidang).
extension Nomenklatur: NomenclatureLookup {
    public func resolveKode(name: String, level: Level?, under parent: Kode?) -> (kode: String, level: Level)? {
        guard let e = resolve(name: name, level: level, under: parent) else { return nil }
        return (e.kode, e.level)
    }

    public var onlyBidang: String? { nil }

    public func bidang(ofPerangkatDaerah name: String) -> String? {
        let stop: Set<Substring> = ["urusan", "pemerintahan", "bidang", "dan", "serta", "xx"]
        let words = Set(NameMatching.normalize(name).split(separator: " "))
        var fits: [(String, Int)] = []
        for e in entries where e.level == .bidang && !e.kode.hasPrefix("X") {
            let own = Set(NameMatching.normalize(e.nama).split(separator: " ")).subtracting(stop)
            let shared = own.intersection(words).count
            if shared >= 2 && shared * 2 >= own.count { fits.append((e.kode, shared)) }
        }
        guard let best = fits.max(by: { $0.1 < $1.1 }), fits.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }
}
