/// A small pull scanner over JSON bytes for readers that need a few fields of large inputs:
/// it walks objects and arrays, returns raw string ranges, and skips what is not asked for,
/// allocating nothing unless a caller decodes a string. Nesting is capped so hostile input
/// cannot exhaust the stack.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int = 0
    static let maxDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A string's raw bytes between the quotes, and whether they contain escapes.
    struct RawString {
        var range: Range<Int>
        var hasEscapes: Bool
    }

    var atEnd: Bool { index >= bytes.count }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func error(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(offset: offset ?? index, message: message)
    }

    private func describeNext() -> String {
        guard let byte = peek() else { return "end of input" }
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16))"
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONError) {
        skipWhitespace()
        guard peek() == byte else { throw error("expected \(what), found \(describeNext())") }
        index += 1
    }

    // MARK: Objects and arrays

    /// Consumes `{`; then call `nextKey(first:)` until it returns nil.
    mutating func beginObject() throws(JSONError) { try expect(0x7B, "'{'") }

    /// The next member's key (the cursor is left on its value), or nil after the closing `}`.
    mutating func nextKey(first: inout Bool) throws(JSONError) -> RawString? {
        skipWhitespace()
        if peek() == 0x7D { index += 1; return nil }
        if !first {
            guard peek() == 0x2C else { throw error("expected ',' or '}' in object, found \(describeNext())") }
            index += 1
            skipWhitespace()
        }
        first = false
        guard peek() == 0x22 else { throw error("expected a quoted key, found \(describeNext())") }
        let key = try readString()
        try expect(0x3A, "':' after key")
        skipWhitespace()
        return key
    }

    /// Consumes `[`; then call `nextElement(first:)` until it returns false.
    mutating func beginArray() throws(JSONError) { try expect(0x5B, "'['") }

    /// Whether another element follows (the cursor is left on it), false after the closing `]`.
    mutating func nextElement(first: inout Bool) throws(JSONError) -> Bool {
        skipWhitespace()
        if peek() == 0x5D { index += 1; return false }
        if !first {
            guard peek() == 0x2C else { throw error("expected ',' or ']' in array, found \(describeNext())") }
            index += 1
            skipWhitespace()
        }
        first = false
        guard !atEnd else { throw error("unexpected end of input in array") }
        return true
    }

    // MARK: Scalars

    /// Reads a string at the cursor (which must be on its opening quote).
    mutating func readString() throws(JSONError) -> RawString {
        let open = index
        guard peek() == 0x22 else { throw error("expected a string, found \(describeNext())") }
        index += 1
        let start = index
        var escapes = false
        // Eight bytes at a time while none is a quote, a backslash or a control character.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if Self.mayNeedAttention(word) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                let raw = RawString(range: start..<index, hasEscapes: escapes)
                index += 1
                return raw
            }
            if byte == 0x5C {
                escapes = true
                index += 2
                continue
            }
            if byte == 0x0A || byte == 0x0D { throw error("unterminated string (the line ends inside it)", at: open) }
            if byte < 0x20 { throw error("control character in string") }
            index += 1
        }
        throw error("unterminated string", at: open)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is `"`, `\\` or below 0x20 (the classic SWAR "has byte less
    /// than" and "has zero byte" tests; false positives only slow down to the byte loop).
    @inline(__always)
    static func mayNeedAttention(_ word: UInt64) -> Bool {
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteZero = (quote &- ones) & ~quote & highs
        let backslashZero = (backslash &- ones) & ~backslash & highs
        return (control | quoteZero | backslashZero) != 0
    }

    /// The string value if the cursor is on a string, nil (and the value skipped) otherwise.
    mutating func readStringOrSkip() throws(JSONError) -> RawString? {
        skipWhitespace()
        if peek() == 0x22 { return try readString() }
        try skipValue()
        return nil
    }

    /// Decodes a raw string, resolving escapes (`\uXXXX` with surrogate pairs).
    func decode(_ raw: RawString) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[raw.range])
        if !raw.hasEscapes { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= slice.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = slice[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
        while i < slice.count {
            let c = slice[i]
            guard c == 0x5C, i + 1 < slice.count else { out.append(c); i += 1; continue }
            let e = slice[i + 1]
            i += 2
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75:
                var scalar = hex4(i) ?? 0xFFFD
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= slice.count, slice[i] == 0x5C, slice[i + 1] == 0x75,
                   let low = hex4(i + 2), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(s).utf8))
            default: out.append(e)  // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a raw (escape-free) string equals `literal`.
    func equals(_ raw: RawString, _ literal: StaticString) -> Bool {
        let count = raw.range.count
        guard count == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        var k = 0
        while k < count {
            if bytes[raw.range.lowerBound + k] != lit[k] { return false }
            k += 1
        }
        return true
    }

    /// The bytes of a raw string, valid while the underlying buffer lives.
    func slice(_ raw: RawString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[raw.range])
    }

    /// Reads a number at the cursor as a Double, or nil (and skips) for other values.
    mutating func readNumberOrSkip() throws(JSONError) -> Double? {
        skipWhitespace()
        let start = index
        guard let c = peek(), c == 0x2D || (0x30...0x39).contains(c) else {
            try skipValue()
            return nil
        }
        try skipNumber()
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// Reads `true`/`false` at the cursor, or nil (and skips) for other values.
    mutating func readBoolOrSkip() throws(JSONError) -> Bool? {
        skipWhitespace()
        if peek() == 0x74 { try literal("true"); return true }
        if peek() == 0x66 { try literal("false"); return false }
        try skipValue()
        return nil
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) {
        let n = word.utf8CodeUnitCount
        guard index + n <= bytes.count else { throw error("unexpected end of input") }
        for k in 0..<n where bytes[index + k] != word.utf8Start[k] {
            throw error("invalid literal")
        }
        index += n
    }

    private mutating func skipNumber() throws(JSONError) {
        let start = index
        if peek() == 0x2D { index += 1 }
        var digits = 0
        while let c = peek(), (0x30...0x39).contains(c) { index += 1; digits += 1 }
        if peek() == 0x2E {
            index += 1
            while let c = peek(), (0x30...0x39).contains(c) { index += 1; digits += 1 }
        }
        if let c = peek(), c == 0x65 || c == 0x45 {
            index += 1
            if let s = peek(), s == 0x2B || s == 0x2D { index += 1 }
            while let c = peek(), (0x30...0x39).contains(c) { index += 1 }
        }
        if digits == 0 { throw error("invalid number", at: start) }
    }

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(JSONError) {
        guard depth < Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
        skipWhitespace()
        guard let c = peek() else { throw error("expected a value, found end of input") }
        switch c {
        case 0x22: _ = try readString()
        case 0x7B:
            index += 1
            var first = true
            while try nextKey(first: &first) != nil { try skipValue(depth: depth + 1) }
        case 0x5B:
            index += 1
            var first = true
            while try nextElement(first: &first) { try skipValue(depth: depth + 1) }
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        case 0x2D, 0x30...0x39: try skipNumber()
        default: throw error("expected a value, found \(describeNext())")
        }
    }
}
