/// Why a file could not be read. Every case names the file and, where there is one, the part or
/// cell; the command line turns it into an Indonesian or English sentence and exit status 2.
public enum ReadError: Error, Sendable, Equatable {
    /// The file is of a kind renja does not read (legacy .xls, .ods, encrypted workbook, PDF, ...).
    case unsupportedFormat(file: String, what: String, advice: String)
    case empty(file: String)
    /// The file is damaged: a truncated ZIP, a missing part, XML that does not parse.
    case corrupt(file: String, detail: String)
    /// A safety limit was reached (decompressed size, ratio, entries, cells, string bytes).
    case limitExceeded(file: String, limit: String, detail: String)
    /// XML with a DOCTYPE or entity reference (never produced by spreadsheet programs).
    case forbiddenXML(file: String, part: String, detail: String)
    case io(file: String, detail: String)
}
