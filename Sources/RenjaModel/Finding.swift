/// How serious a finding is (contract §6).
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One thing renja noticed about the input: a reading problem or a broken rule (contract §6).
/// Messages are complete sentences in Indonesian and English naming the row, both amounts and what
/// to do.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var sheet: String
    /// A1 reference of the input cell (for CSV: column letter and line).
    public var cell: String
    public var kode: String?
    public var column: String?
    public var expected: DecimalNumber?
    public var actual: DecimalNumber?
    public var message: String
    public var messageEnglish: String
    /// Index of the model row the finding is about (to place it in a rendered workbook).
    public var row: Int?

    public init(rule: String, severity: Severity, sheet: String, cell: String, kode: String? = nil, column: String? = nil,
                expected: DecimalNumber? = nil, actual: DecimalNumber? = nil, message: String, messageEnglish: String, row: Int? = nil) {
        self.row = row
        self.rule = rule
        self.severity = severity
        self.sheet = sheet
        self.cell = cell
        self.kode = kode
        self.column = column
        self.expected = expected
        self.actual = actual
        self.message = message
        self.messageEnglish = messageEnglish
    }

    public func message(english: Bool) -> String { english ? messageEnglish : message }
}
