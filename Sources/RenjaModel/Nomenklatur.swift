import Foundation

public struct NomenklaturEntry: Sendable, Hashable {
    public var kode: String
    public var level: Level
    public var nama: String
}

/// The nomenclature of codes (`templates/nomenklatur.csv`): resolves a missing code from a name,
/// checks that a code and its name belong together. `X.XX.01…` and `2.17.01…` are the same item,
/// and 2-digit and 4-digit sub kegiatan numbers are the same item.
public final class Nomenklatur: Sendable {
    public enum NameMatch: Sendable, Equatable { case exact, close(String), different(String), unknownKode, uncovered }

    public let entries: [NomenklaturEntry]
    /// nomenclatureKey -> indices of entries (several wordings of one code).
    private let byKey: [String: [Int]]
    private let normalized: [String]
    private let coveredBidang: Set<String>

    public init(csv: String) throws {
        var entries: [NomenklaturEntry] = []
        var first = true
        for line in Self.records(csv) {
            if first { first = false; continue }
            guard line.count >= 3, let level = Level(rawValue: line[1]) else { continue }
            entries.append(NomenklaturEntry(kode: line[0], level: level, nama: line[2]))
        }
        self.entries = entries
        var byKey: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() { byKey[Self.key(e.kode), default: []].append(i) }
        self.byKey = byKey
        self.normalized = entries.map { NameMatching.normalize($0.nama, dropLevelWord: true) }
        self.coveredBidang = Set(entries.compactMap { Kode.parse($0.kode).flatMap { $0.isPlaceholder ? nil : $0.bidangKode } })
    }

    public convenience init(contentsOf url: URL) throws {
        try self.init(csv: String(contentsOf: url, encoding: .utf8))
    }

    static func key(_ kode: String) -> String { Kode.parse(kode)?.nomenclatureKey ?? kode.uppercased() }

    /// True when the nomenclature lists anything of the code's bidang (or it is an X.XX item): only
    /// then can "unknown code" be said — the list is a union of partial sources, gaps are unknown.
    public func covers(_ kode: Kode) -> Bool {
        if kode.isPlaceholder || kode.programNumber == "01" { return true }
        guard let b = kode.bidangKode else { return false }
        return coveredBidang.contains(b)
    }


    public func names(for kode: Kode) -> [String] { (byKey[kode.nomenclatureKey] ?? []).map { entries[$0].nama } }
    public func contains(_ kode: Kode) -> Bool { byKey[kode.nomenclatureKey] != nil }

    public func nameMatches(_ name: String, kode: Kode) -> NameMatch {
        guard let idx = byKey[kode.nomenclatureKey] else { return covers(kode) ? .unknownKode : .uncovered }
        let n = NameMatching.normalize(name, dropLevelWord: true)
        var best: (Int, Int)? = nil
        for i in idx where normalized[i] == n { _ = i; return .exact }
        // The nearest wording when the code has several (one alone needs no distance here).
        for i in idx where idx.count > 1 {
            let d = NameMatching.distance(normalized[i], n)
            if best == nil || d < best!.1 { best = (i, d) }
        }
        if best == nil, let only = idx.first { best = (only, 0) }
        let official = entries[best!.0].nama
        return NameMatching.isClose(normalized[best!.0], n) ? .close(official) : .different(official)
    }

    public func resolve(name: String, level: Level?, under parent: Kode?) -> NomenklaturEntry? {
        let n = NameMatching.normalize(name, dropLevelWord: true)
        guard n.count >= 6 else { return nil }
        var hits: [Int] = []
        for (i, e) in entries.enumerated() {
            if let level, e.level != level { continue }
            if let parent, let k = Kode.parse(e.kode), !(k.nomenclatureKey.hasPrefix(parent.nomenclatureKey + ".") || k.hasPrefix(parent)) { continue }
            if NameMatching.isClose(normalized[i], n) { hits.append(i) }
        }
        // One item (possibly several wordings of the same code) is an answer; two codes are not.
        var keys = Set(hits.map { Self.key(entries[$0].kode) })
        if keys.count > 1 {
            // Several codes: an exact name wins, then the current (4-digit) nomenclature's entries.
            let exact = hits.filter { normalized[$0] == n }
            if Set(exact.map { Self.key(entries[$0].kode) }).count == 1 { hits = exact }
            else {
                let current = hits.filter { Kode.parse(entries[$0].kode).map { $0.level != .subkegiatan || $0.segments.last?.count == 4 } ?? false }
                if Set(current.map { Self.key(entries[$0].kode) }).count == 1 { hits = current }
            }
            keys = Set(hits.map { Self.key(entries[$0].kode) })
        }
        guard keys.count == 1, let i = hits.first else { return nil }
        // Prefer the concrete bidang's code over the X.XX placeholder when both are listed.
        return hits.map { entries[$0] }.first { !$0.kode.hasPrefix("X") } ?? entries[i]
    }

    public func fourDigit(_ kode: Kode) -> Kode { kode.fourDigit }

    /// RFC 4180 records, read on bytes (every command loads the nomenclature before anything else:
    /// by Characters this took 50 M instructions, 15 ms of each run). Only ASCII bytes are looked
    /// at, and no byte of a multi-byte character is ASCII.
    static func records(_ text: String) -> [[String]] {
        var out: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var t = text
        t.withUTF8 { b in
            var q = false, i = 0
            while i < b.count {
                let c = b[i]
                i += 1
                if q {
                    if c == 0x22 {
                        if i < b.count, b[i] == 0x22 { field.append(0x22); i += 1 } else { q = false }
                    } else {
                        field.append(c)
                    }
                    continue
                }
                switch c {
                case 0x22: q = true
                case 0x2C, 0x0A, 0x0D:
                    // CR LF ends a record as LF does; a lone CR is dropped.
                    if c == 0x0D {
                        guard i < b.count, b[i] == 0x0A else { continue }
                        i += 1
                    }
                    row.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    if c != 0x2C { out.append(row); row = [] }
                default: field.append(c)
                }
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); out.append(row) }
        return out
    }
}
