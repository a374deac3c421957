/// Turns byte offsets in a buffer into 1-based line and column (columns count Unicode scalars),
/// cheaply when offsets are asked for in increasing order, as a scanner does.
struct TextPosition {
    let bytes: UnsafeBufferPointer<UInt8>
    let firstLine: Int
    private var lastOffset = 0
    private var lastLine: Int
    private var lineStart = 0

    /// Whether the bytes are one line (an NDJSON line): every offset is on `firstLine`.
    let singleLine: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, singleLine: Bool = false) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.lastLine = firstLine
        self.singleLine = singleLine
    }

    /// The line of `offset` only (cheap: no column count), for evidence references.
    mutating func line(of offset: Int) -> Int {
        if singleLine { return firstLine }
        advance(to: offset)
        return lastLine
    }

    /// Moves the cursor to `offset` (clamped), counting the lines passed; returns the offset.
    @discardableResult
    private mutating func advance(to offset: Int) -> Int {
        let target = max(0, min(offset, bytes.count))
        if target < lastOffset {
            lastOffset = 0; lastLine = firstLine; lineStart = 0
        }
        var i = lastOffset
        while i < target {
            if bytes[i] == 0x0A { lastLine += 1; lineStart = i + 1 }
            i += 1
        }
        lastOffset = target
        return target
    }

    /// The line and column of `offset` (clamped to the buffer).
    mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
        let target = advance(to: offset)
        var column = 1
        var k = lineStart
        while k < target {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (lastLine, column)
    }
}
