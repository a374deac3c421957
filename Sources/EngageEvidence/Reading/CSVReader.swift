import EngageCore

/// A streaming RFC 4180 reader: quoted fields with doubled quotes, embedded newlines, CRLF or LF,
/// a UTF-8 byte-order mark, a last record without a newline. Reads fixed-size chunks; only the
/// record being read is held in memory.
///
/// Problems are diagnostics positioned at line:col (columns count Unicode scalars): an unterminated
/// quoted field (reported where the quote opened), a quote inside an unquoted field, text after a
/// closing quote, a field longer than `maxFieldLength`.
public struct CSVReader: Sendable {
    public let path: String
    public var delimiter: UInt8
    public var chunkSize: Int
    public var maxFieldLength: Int
    /// Stop after this many records (the header sniffers read one).
    public var maxRecords: Int?

    public init(path: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 16, maxFieldLength: Int = 16 << 20) {
        self.path = path
        self.delimiter = delimiter
        self.chunkSize = max(1, chunkSize)
        self.maxFieldLength = max(1, maxFieldLength)
    }

    /// The first record (the header), or nil when the file has none or cannot be read.
    public func header() -> CSVRecord? {
        var reader = self
        reader.maxRecords = 1
        reader.chunkSize = min(chunkSize, 1 << 14)
        var first: CSVRecord?
        _ = reader.read { first = first ?? $0 }
        return first
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Calls `body` for every record; returns the problems found. Reading stops at the first fatal
    /// problem (unreadable file, unterminated quote, oversized field); others are reported and the
    /// text is kept as written.
    @discardableResult
    public func read(_ body: (CSVRecord) -> Void) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let file: ByteFile
        do { file = try ByteFile(path: path) } catch { return [error] }
        defer { file.close() }

        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var state = State.fieldStart
        var field: [UInt8] = []
        var fields: [String] = []
        var columns: [Int] = []
        var line = 1, column = 1  // position of the next byte
        var recordLine = 1
        var quoteLine = 0, quoteColumn = 0
        var bomMatched = 0  // bytes of the byte-order mark seen so far; -1 once past it
        var emitted = 0

        func location(_ l: Int, _ c: Int) -> SourceLocation { SourceLocation(file: path, line: l, column: c) }
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            body(CSVRecord(fields: fields, line: recordLine, columns: columns))
            emitted += 1
            fields.removeAll(keepingCapacity: true)
            columns.removeAll(keepingCapacity: true)
        }

        while true {
            let n: Int
            do {
                n = try file.read(into: &chunk)
            } catch {
                diagnostics.append(error)
                return diagnostics
            }
            if n == 0 { break }
            var i = 0
            while i < n {
                let byte = chunk[i]
                i += 1
                // A UTF-8 byte-order mark (EF BB BF) at the start is dropped, even split over chunks.
                if bomMatched >= 0 {
                    if byte == Self.byteOrderMark[bomMatched] {
                        bomMatched += 1
                        if bomMatched == 3 { bomMatched = -1 }
                        continue
                    }
                    bomMatched = -1
                }
                let hereLine = line, hereColumn = column
                if byte == 0x0A {
                    line += 1; column = 1
                } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                    column += 1
                }

                switch state {
                case .fieldStart:
                    if fields.isEmpty && columns.isEmpty { recordLine = hereLine }
                    switch byte {
                    case 0x22:
                        columns.append(hereColumn)
                        state = .quoted
                        quoteLine = hereLine; quoteColumn = hereColumn
                    case delimiter:
                        columns.append(hereColumn)
                        endField()
                    case 0x0A:
                        if !fields.isEmpty {  // "a,⏎": the last field is empty
                            columns.append(hereColumn)
                            endRecord()
                        }  // else a blank line: no record
                    case 0x0D:
                        break
                    default:
                        columns.append(hereColumn)
                        field.append(byte)
                        state = .unquoted
                    }
                case .unquoted:
                    switch byte {
                    case delimiter:
                        endField(); state = .fieldStart
                    case 0x0A:
                        endRecord(); state = .fieldStart
                    case 0x0D:
                        break
                    case 0x22:
                        diagnostics.append(.error(
                            "quote inside an unquoted field (quote the whole field and double the quote)",
                            at: location(hereLine, hereColumn)))
                        field.append(byte)
                    default:
                        field.append(byte)
                    }
                case .quoted:
                    if byte == 0x22 { state = .quoteInQuoted } else { field.append(byte) }
                case .quoteInQuoted:
                    switch byte {
                    case 0x22:
                        field.append(0x22); state = .quoted
                    case delimiter:
                        endField(); state = .fieldStart
                    case 0x0A:
                        endRecord(); state = .fieldStart
                    case 0x0D:
                        break
                    default:
                        diagnostics.append(.error("unexpected text after a closing quote", at: location(hereLine, hereColumn)))
                        field.append(byte); state = .unquoted
                    }
                }
                if let maxRecords, emitted >= maxRecords { return diagnostics }
                if field.count > maxFieldLength {
                    diagnostics.append(.error(
                        "field is longer than \(maxFieldLength) bytes", at: location(recordLine, columns.last ?? 1)))
                    return diagnostics
                }
            }
        }
        switch state {
        case .quoted:
            diagnostics.append(.error(
                "unterminated quoted field: the file ends inside the quote opened here (truncated file?)",
                at: location(quoteLine, quoteColumn)))
        case .fieldStart:
            if !fields.isEmpty {
                columns.append(column)
                endRecord()
            }
        case .unquoted, .quoteInQuoted:
            endRecord()
        }
        return diagnostics
    }
}
