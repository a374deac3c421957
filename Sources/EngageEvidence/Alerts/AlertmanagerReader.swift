import EngageCore

/// Reads Prometheus Alertmanager webhook payloads (`{"version":"4","alerts":[…]}`), as one JSON
/// document, a JSON array of payloads, or NDJSON with one payload per line (the usual way a
/// webhook receiver logs them). Objects that are alerts themselves (Alertmanager API v2
/// `GET /api/v2/alerts`) are read too. NDJSON is streamed line by line; a single document is read
/// whole up to `EvidenceOptions.maxJSONDocumentBytes`.
struct AlertmanagerReader {
    let options: EvidenceOptions
    /// Chunk size of the NDJSON line reader (tests make it tiny to cross chunk boundaries).
    var chunkSize = 1 << 20
    /// Paging severities as lowercase bytes, compared without making strings.
    private let pageSeverityBytes: [[UInt8]]

    init(options: EvidenceOptions) {
        self.options = options
        self.pageSeverityBytes = options.pageSeverities.map { Array($0.lowercased().utf8) }
    }

    private enum Mode { case empty, ndjson, document, notJSON(line: Int, column: Int) }

    /// Feeds every alert notification of `path` into `stats`; returns the problems found.
    func read(path: String, into stats: inout AlertStatistics) -> [Diagnostic] {
        var limiter = DiagnosticLimiter(file: path)
        var interner = StringInterner()
        let mode: Mode
        do { mode = try sniff(path) } catch { return [error] }
        stats.noteFile(path)
        switch mode {
        case .empty:
            limiter.warning("empty alert history", line: 0)
        case let .notJSON(line, column):
            limiter.error("not an Alertmanager history: expected a JSON object or array", line: line, column: column)
        case .ndjson:
            let reader = LineReader(path: path, chunkSize: chunkSize)
            do {
                try reader.forEachLine { line, number in
                    var cursor = JSONCursor(line)
                    cursor.skipWhitespace()
                    if cursor.atEnd { return }
                    var position = TextPosition(line, firstLine: number, singleLine: true)
                    do {
                        try readTopValue(&cursor, path: path, position: &position, stats: &stats, limiter: &limiter, interner: &interner)
                        cursor.skipWhitespace()
                        if !cursor.atEnd { throw cursor.error("unexpected text after the JSON value") }
                    } catch let error as JSONError {
                        let at = position.locate(error.offset)
                        limiter.error(error.message, line: at.line, column: at.column)
                    }
                }
            } catch let error as Diagnostic {
                limiter.append(error)
            } catch {
                limiter.error("\(error)", line: 0)
            }
        case .document:
            let bytes: [UInt8]
            do { bytes = try ByteFile.readAll(path: path, limit: options.maxJSONDocumentBytes) } catch {
                return [error]
            }
            bytes.withUnsafeBufferPointer { buffer in
                var cursor = JSONCursor(buffer)
                var position = TextPosition(buffer)
                do {
                    cursor.skipWhitespace()
                    if cursor.peek() == 0x5B {
                        try cursor.beginArray()
                        var first = true
                        while try cursor.nextElement(first: &first) {
                            try readTopValue(&cursor, path: path, position: &position, stats: &stats, limiter: &limiter, interner: &interner)
                        }
                    } else {
                        try readTopValue(&cursor, path: path, position: &position, stats: &stats, limiter: &limiter, interner: &interner)
                    }
                    cursor.skipWhitespace()
                    if !cursor.atEnd { throw cursor.error("unexpected text after the JSON value") }
                } catch let error as JSONError {
                    let at = position.locate(error.offset)
                    limiter.error(error.message, line: at.line, column: at.column)
                } catch {
                    limiter.error("\(error)", line: 0)
                }
            }
        }
        return limiter.all
    }

    /// Decides between NDJSON and one document from the first bytes.
    private func sniff(_ path: String) throws(Diagnostic) -> Mode {
        let file = try ByteFile(path: path)
        defer { file.close() }
        var head = [UInt8](repeating: 0, count: 1 << 16)
        let n = try file.read(into: &head)
        return head.withUnsafeBufferPointer { buffer -> Mode in
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<n])
            var cursor = JSONCursor(bytes)
            cursor.skipWhitespace()
            guard let first = cursor.peek() else { return .empty }
            if first == 0x5B { return .document }
            guard first == 0x7B else {
                var position = TextPosition(bytes)
                let at = position.locate(cursor.index)
                return .notJSON(line: at.line, column: at.column)
            }
            // NDJSON when the first line holds one complete value.
            let start = cursor.index
            guard let newline = (start..<n).first(where: { bytes[$0] == 0x0A }) else {
                return n < head.count ? .document : .ndjson
            }
            var line = JSONCursor(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            do {
                try line.skipValue()
                line.skipWhitespace()
                return line.atEnd ? .ndjson : .document
            } catch let error as JSONError {
                // A value cut off by the line end is the start of a pretty-printed document; a
                // syntax error inside the line is a bad first line of NDJSON.
                return error.offset >= newline - start - 1 || error.message.hasPrefix("unterminated") ? .document : .ndjson
            } catch {
                return .document
            }
        }
    }

    /// One payload object, or one alert object.
    private func readTopValue(
        _ cursor: inout JSONCursor, path: String, position: inout TextPosition,
        stats: inout AlertStatistics, limiter: inout DiagnosticLimiter, interner: inout StringInterner
    ) throws(JSONError) {
        cursor.skipWhitespace()
        guard cursor.peek() == 0x7B else { throw cursor.error("expected an Alertmanager payload object") }
        try readObject(&cursor, path: path, position: &position, stats: &stats, limiter: &limiter, interner: &interner, nested: false)
    }

    private func readObject(
        _ cursor: inout JSONCursor, path: String, position: inout TextPosition,
        stats: inout AlertStatistics, limiter: inout DiagnosticLimiter, interner: inout StringInterner, nested: Bool
    ) throws(JSONError) {
        let objectStart = cursor.index
        try cursor.beginObject()
        var first = true
        var name: JSONCursor.RawString?
        var severity: JSONCursor.RawString?
        var labelHash: UInt64 = 0
        var hasLabels = false
        var runbook: Bool?
        var startsAt: JSONCursor.RawString?
        var endsAt: JSONCursor.RawString?
        var fingerprint: JSONCursor.RawString?
        var status: JSONCursor.RawString?
        while let key = try cursor.nextKey(first: &first) {
            if cursor.equals(key, "alerts") {
                guard !nested else { try cursor.skipValue(); continue }
                cursor.skipWhitespace()
                guard cursor.peek() == 0x5B else { throw cursor.error("\"alerts\" must be an array") }
                try cursor.beginArray()
                var firstAlert = true
                while try cursor.nextElement(first: &firstAlert) {
                    guard cursor.peek() == 0x7B else { throw cursor.error("each alert must be an object") }
                    try readObject(&cursor, path: path, position: &position, stats: &stats, limiter: &limiter, interner: &interner, nested: true)
                }
            } else if cursor.equals(key, "labels") {
                hasLabels = true
                cursor.skipWhitespace()
                guard cursor.peek() == 0x7B else { throw cursor.error("\"labels\" must be an object") }
                try cursor.beginObject()
                var firstLabel = true
                while let label = try cursor.nextKey(first: &firstLabel) {
                    guard let value = try cursor.readStringOrSkip() else { continue }
                    if cursor.equals(label, "alertname") { name = value }
                    else if cursor.equals(label, "severity") { severity = value }
                    labelHash &+= Self.hash(cursor.slice(label), cursor.slice(value))
                }
            } else if cursor.equals(key, "annotations") {
                cursor.skipWhitespace()
                guard cursor.peek() == 0x7B else { try cursor.skipValue(); continue }
                try cursor.beginObject()
                runbook = runbook ?? false
                var firstAnnotation = true
                while let annotation = try cursor.nextKey(first: &firstAnnotation) {
                    guard let value = try cursor.readStringOrSkip() else { continue }
                    if Self.isRunbookKey(cursor.slice(annotation)), !value.range.isEmpty { runbook = true }
                }
            } else if cursor.equals(key, "startsAt") {
                startsAt = try cursor.readStringOrSkip()
            } else if cursor.equals(key, "endsAt") {
                endsAt = try cursor.readStringOrSkip()
            } else if cursor.equals(key, "fingerprint") {
                fingerprint = try cursor.readStringOrSkip()
            } else if cursor.equals(key, "status") {
                status = try cursor.readStringOrSkip()
            } else if !nested && cursor.equals(key, "truncatedAlerts") {
                cursor.skipWhitespace()
                let valueStart = cursor.index
                if let n = try cursor.readNumberOrSkip(), n > 0 {
                    let at = position.locate(valueStart)
                    limiter.warning("payload dropped \(Int(n)) alerts (truncatedAlerts); counts are a lower bound", line: at.line, column: at.column)
                }
            } else {
                try cursor.skipValue()
            }
        }
        guard nested || hasLabels || startsAt != nil else { return }  // a payload: its alerts were read

        guard let startsAt else {
            let at = position.locate(objectStart)
            limiter.error("alert has no startsAt", line: at.line, column: at.column)
            return
        }
        let startSlice = cursor.slice(startsAt)
        guard let start = Timestamp.parse(startSlice), start > 0 else {
            let at = position.locate(startsAt.range.lowerBound)
            let problem = Timestamp.parse(startSlice) == nil ? "is not an RFC 3339 time" : "is before 1970 (an unset time?)"
            limiter.error("startsAt \(problem): \"\(cursor.decode(startsAt))\"", line: at.line, column: at.column)
            return
        }
        var end: Double?
        if let endsAt {
            if let value = Timestamp.parse(cursor.slice(endsAt)) {
                end = value
            } else {
                let at = position.locate(endsAt.range.lowerBound)
                limiter.error("endsAt is not an RFC 3339 time: \"\(cursor.decode(endsAt))\"", line: at.line, column: at.column)
            }
        }
        let resolved: Bool
        if let status {
            resolved = cursor.equals(status, "resolved")
        } else {
            resolved = (end ?? 0) > 0  // no status: an endsAt that is set means resolved
        }
        if !resolved || (end ?? -1) < start { end = nil }

        let line = position.line(of: objectStart)
        let alertName: String
        if let name {
            alertName = name.hasEscapes ? cursor.decode(name) : interner.string(cursor.slice(name))
        } else {
            alertName = "(no alertname)"
            let at = position.locate(objectStart)
            limiter.warning("alert has no alertname label", line: at.line, column: at.column)
        }
        let key: String
        if let fingerprint, !fingerprint.range.isEmpty {
            key = fingerprint.hasEscapes ? cursor.decode(fingerprint) : interner.string(cursor.slice(fingerprint))
        } else {
            key = "labels:" + String(labelHash, radix: 16)
        }
        let isPage = severity.map { isPageSeverity(cursor.slice($0)) }
        stats.addNotification(AlertEvent(
            key: key, flapKey: key, name: alertName, start: start, end: end,
            acknowledged: nil, autoResolved: nil, isPage: isPage, hasRunbook: runbook,
            file: path, line: line, record: key))
    }

    /// Whether a severity label's bytes are one of the paging severities, ignoring ASCII case.
    private func isPageSeverity(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        pageSeverityBytes.contains { candidate in
            candidate.count == value.count && zip(candidate, value).allSatisfy { expected, byte in
                expected == ((byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte)
            }
        }
    }

    /// An order-independent hash of one label pair (FNV-1a over name, 0, value), summed per set.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in name { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ 0) &* 0x100000001b3
        for b in value { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    private static let runbookKeys: [[UInt8]] = ["runbook_url", "runbook", "runbook_link", "runbookurl", "runbook_uri", "playbook"].map { Array($0.utf8) }

    private static func isRunbookKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        runbookKeys.contains { candidate in
            candidate.count == key.count && zip(candidate, key).allSatisfy { expected, byte in
                expected == ((byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte)
            }
        }
    }
}
