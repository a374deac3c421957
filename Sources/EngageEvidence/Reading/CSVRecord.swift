/// One CSV record: its fields, the line it starts on and the column where each field starts.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    /// 1-based line of the record's first byte (a quoted field may run over several lines).
    public var line: Int
    /// 1-based column of each field's first character, parallel to `fields`.
    public var columns: [Int]

    public init(fields: [String], line: Int, columns: [Int]) {
        self.fields = fields
        self.line = line
        self.columns = columns
    }

    /// The column where field `index` starts (1 when unknown).
    public func column(_ index: Int) -> Int {
        index >= 0 && index < columns.count ? columns[index] : 1
    }

    /// The field at `index`, or nil when the record is shorter.
    public subscript(safe index: Int) -> String? {
        index >= 0 && index < fields.count ? fields[index] : nil
    }
}
