import Foundation
import RenjaModel
import SheetIO

/// Any input file -> model: the format decided by content (FormatSniffer), the right reader for
/// it, then the layout (TableReader) or the SIPD export (SIPDReader) or the JSON model itself.
public enum ModelReader {
    public enum Failure: Error, Sendable {
        case read(ReadError)
        case layout(LayoutNotRecognised)
        case json(file: String, detail: String)
    }

    public static func read(_ url: URL, catalog: TemplateCatalog, nomenklatur: NomenclatureLookup?, options: ReadOptions) throws -> ReadResult {
        let file = url.path
        let format: FileFormat
        do { format = try FormatSniffer.detect(url) } catch let e as ReadError { throw Failure.read(e) }
        switch format {
        case .json:
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw Failure.read(.io(file: file, detail: error.localizedDescription)) }
            // renja's own model says so in its first bytes; anything else may be a SIPD export.
            let isModel = data.prefix(200).range(of: Data("\"renja_model\"".utf8)) != nil
            if !isModel, let r = try? SIPDReader.read(json: data, file: file) { return r }
            do {
                let m = try ModelJSON.decode(data) { kind, key in valueKind(catalog.spec(kind).column(key)?.type) }
                return ReadResult(model: m, findings: [])
            } catch {
                throw Failure.json(file: file, detail: "\(error)")
            }
        case .xlsx, .csv, .html:
            var wb: Workbook
            var mapping: MappingWhileReading? = nil
            do {
                switch format {
                case .xlsx:
                    // The first large sheet that may be the table is mapped while it is read.
                    let sink: ((SheetPart) -> SheetRowSink?)? = options.mapWhileReadingFrom.map { minimum in
                        { part in
                            guard mapping == nil, part.inflatedSize >= minimum, options.sheet.map({ $0 == part.name }) ?? !part.isHidden else { return nil }
                            mapping = MappingWhileReading(part, catalog: catalog, nomenklatur: nomenklatur, options: options)
                            return mapping
                        }
                    }
                    wb = try XLSXReader.read(url, sharedStringsBeside: options.sharedStringsBeside, sink: sink)
                case .csv: wb = try CSVReader.read(url)
                default: wb = try HTMLTableReader.read(url)
                }
            } catch let e as ReadError { throw Failure.read(e) }
            Timing.mark("read cells")
            mapping?.wait(restoring: &wb)
            if let r = try table(consume wb, mapped: mapping, file: file, catalog: catalog, nomenklatur: nomenklatur, options: options) { return r }
            // What the early mapping assumed did not hold: the file is read again, mapped after reading.
            do { wb = try XLSXReader.read(url, sharedStringsBeside: options.sharedStringsBeside) } catch let e as ReadError { throw Failure.read(e) }
            return try table(consume wb, mapped: nil, file: file, catalog: catalog, nomenklatur: nomenklatur, options: options)!
        case .xlsLegacy:
            throw Failure.read(.unsupportedFormat(file: file, what: "Excel 97-2003 (.xls, BIFF)", advice: "Buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx)."))
        case .ods:
            throw Failure.read(.unsupportedFormat(file: file, what: "OpenDocument Spreadsheet (.ods)", advice: "Simpan sebagai Excel Workbook (.xlsx)."))
        case .encrypted:
            throw Failure.read(.unsupportedFormat(file: file, what: "workbook terenkripsi (berkata sandi)", advice: "Buka dengan kata sandinya, hapus kata sandi, lalu simpan sebagai .xlsx."))
        case .pdf:
            throw Failure.read(.unsupportedFormat(file: file, what: "PDF", advice: "renja membaca lembar kerja, bukan PDF; gunakan berkas Excel (.xlsx) atau CSV aslinya."))
        case .empty:
            throw Failure.read(.empty(file: file))
        case .unknown(let what):
            throw Failure.read(.unsupportedFormat(file: file, what: what, advice: "Gunakan .xlsx, .csv atau .json."))
        }
    }

    /// A grid's SIPD export or table; nil only when a mapping made while reading must be redone.
    private static func table(_ wb: consuming Workbook, mapped: MappingWhileReading?, file: String, catalog: TemplateCatalog,
                              nomenklatur: NomenclatureLookup?, options: ReadOptions) throws -> ReadResult? {
        for s in wb.sheets where options.sheet.map({ $0 == s.name }) ?? true {
            if let r = SIPDReader.read(sheet: s) { return r }
        }
        do {
            // The grid is handed over: it is freed row by row as it is mapped.
            let r = try TableReader.read(consume wb, mapped: mapped, file: file, catalog: catalog, nomenklatur: nomenklatur, options: options)
            Timing.mark("map layout")
            return r
        } catch let e as LayoutNotRecognised { throw Failure.layout(e) }
    }

    /// A large model written by renja, read on a thread of its own with its rows handed on as
    /// they are read (`ModelStream`); nil for any other input, which `read` reads at once.
    public static func stream(_ url: URL, catalog: TemplateCatalog) -> ModelStream? {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size >= ModelStream.minimumBytes, case .json? = try? FormatSniffer.detect(url),
              let input = ReleasableInput(url, size: size) else { return nil }
        return ModelStream.start(input.data, release: { input.release(upTo: $0) }) { kind, key in valueKind(catalog.spec(kind).column(key)?.type) }
    }

    /// A spreadsheet file (XLSX, CSV or HTML table) as a cell grid, format decided by content.
    public static func grid(_ url: URL) throws -> Workbook {
        let file = url.path
        let format: FileFormat
        do { format = try FormatSniffer.detect(url) } catch let e as ReadError { throw Failure.read(e) }
        do {
            switch format {
            case .xlsx: return try XLSXReader.read(url)
            case .csv: return try CSVReader.read(url)
            case .html: return try HTMLTableReader.read(url)
            case .empty: throw ReadError.empty(file: file)
            default: throw ReadError.unsupportedFormat(file: file, what: "\(format)", advice: "Gunakan .xlsx atau .csv.")
            }
        } catch let e as ReadError { throw Failure.read(e) }
    }

    public static func valueKind(_ t: ColumnType?) -> ModelJSON.ValueKind {
        switch t {
        case .rupiah?: .money
        case .percent?, .number?: .number
        case .target?: .target
        default: .text
        }
    }
}
