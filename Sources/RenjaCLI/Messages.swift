import Foundation
import Layouts
import RenjaModel
import SheetIO

/// Sentences for what went wrong while reading, in the officer's language.
enum Messages {
    static func failure(_ e: Error, lang: Lang) -> Failure {
        switch e {
        case let f as Failure: return f
        case let m as ModelReader.Failure:
            switch m {
            case .read(let r): return read(r)
            case .layout(let l):
                return Failure.input(
                    "\(l.file): tidak ada lembar (\(l.sheets.joined(separator: ", "))) yang cocok dengan tata letak yang dikenal (layout.unknown). Pastikan baris judul kolom ada, atau sebutkan jenisnya dengan --table dan lembarnya dengan --sheet.",
                    "\(l.file): no sheet (\(l.sheets.joined(separator: ", "))) matches a known layout (layout.unknown). Make sure the column header rows are there, or name the kind with --table and the sheet with --sheet.")
            case .json(let file, let detail):
                return Failure.input("\(file): bukan model JSON renja maupun ekspor SIPD yang sah: \(detail).", "\(file): neither a renja JSON model nor a SIPD export: \(detail).")
            }
        case let r as ReadError: return read(r)
        default:
            return Failure.input("gagal membaca: \(e)", "cannot read: \(e)")
        }
    }

    static func read(_ r: ReadError) -> Failure {
        switch r {
        case .unsupportedFormat(let file, let what, let advice):
            return Failure.input("\(file) adalah \(what), bukan format yang dibaca renja. \(advice)",
                                 "\(file) is \(englishWhat(what)), not a format renja reads. \(englishAdvice(what))")
        case .empty(let file):
            return Failure.input("\(file) kosong.", "\(file) is empty.")
        case .corrupt(let file, let detail):
            return Failure.input("\(file) rusak atau terpotong (\(detail)). Simpan ulang berkasnya dari Excel.", "\(file) is damaged or truncated (\(detail)). Save it again from Excel.")
        case .limitExceeded(let file, let limit, let detail):
            return Failure.input("\(file) melampaui batas keamanan \(limit) (\(detail)); berkas tidak dibaca.", "\(file) exceeds the safety limit \(limit) (\(detail)); it was not read.")
        case .forbiddenXML(let file, let part, let detail):
            return Failure.input("\(file): bagian \(part) memuat DOCTYPE/entitas XML (\(detail)) yang tidak pernah dibuat program lembar kerja; berkas ditolak demi keamanan.",
                                 "\(file): part \(part) holds an XML DOCTYPE/entity (\(detail)) that spreadsheet programs never write; the file is refused for safety.")
        case .io(let file, let detail):
            return Failure.input("\(file) tidak dapat dibaca: \(detail).", "\(file) cannot be read: \(detail).")
        }
    }

    static func englishWhat(_ what: String) -> String {
        let map = ["workbook terenkripsi (berkata sandi)": "an encrypted (password-protected) workbook", "berkas biner": "a binary file",
                   "dokumen XML": "an XML document", "halaman HTML tanpa tabel": "an HTML page without a table",
                   "tabel HTML (disimpan sebagai .xls)": "an HTML table saved as .xls"]
        return map[what] ?? what
    }

    static func englishAdvice(_ what: String) -> String {
        if what == "berkas biner" || what == "dokumen XML" { return "Use .xlsx, .csv or .json." }
        if what.contains("PDF") { return "renja reads spreadsheets, not PDF; use the original .xlsx or .csv." }
        if what.contains("terenkripsi") { return "Open it with its password, remove the password and save it as .xlsx." }
        return "Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)."
    }
}
