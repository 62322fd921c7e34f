/// Takes the rows of one sheet as they are parsed, instead of the workbook keeping them: a
/// consumer on another thread can map a large sheet while the rest of it is still being read,
/// and its grid is then never whole in memory. Rows come in sheet order, on the parsing thread.
public protocol SheetRowSink: AnyObject {
    func take(_ row: SheetRow)
    /// After the sheet's last row, with its merges; nil when the read failed (no more rows come).
    func finish(merges: [CellRange]?)
}

/// A worksheet about to be read, for a reader's caller to decide whether a sink takes its rows.
public struct SheetPart: Sendable {
    /// Position among the workbook's sheets.
    public var index: Int
    public var name: String
    public var isHidden: Bool
    /// Size of the sheet's XML once inflated, from the package directory (a hint: rows are not yet counted).
    public var inflatedSize: Int
}
