#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import EngageCore

/// Streams a file line by line in fixed-size chunks, so memory stays flat whatever the file size.
/// Lines end at `\n`; a trailing `\r` is dropped (CRLF files). A line longer than `maxLineLength`
/// is a diagnostic rather than an unbounded buffer.
public struct LineReader: Sendable {
    public let path: String
    public var chunkSize: Int
    public var maxLineLength: Int

    public init(path: String, chunkSize: Int = 1 << 20, maxLineLength: Int = 64 << 20) {
        self.path = path
        self.chunkSize = max(1, chunkSize)
        self.maxLineLength = max(1, maxLineLength)
    }

    /// Calls `body` with every line's bytes (valid only during the call) and its 1-based number.
    public func forEachLine(
        _ body: (_ line: UnsafeBufferPointer<UInt8>, _ number: Int) throws -> Void
    ) throws {
        let file = try ByteFile(path: path)
        defer { file.close() }
        var capacity = max(chunkSize, 16)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var start = 0  // first byte of the pending line
        var end = 0  // one past the last byte read
        var lineNumber = 0
        var atEOF = false

        func emit(_ from: Int, _ to: Int) throws {
            lineNumber += 1
            var stop = to
            if stop > from, buffer[stop - 1] == 0x0D { stop -= 1 }
            try body(UnsafeBufferPointer(start: buffer + from, count: stop - from), lineNumber)
        }

        while !atEOF {
            // Make room: move the pending partial line to the front, grow when it fills the buffer.
            if start > 0 {
                if end > start { memmove(buffer, buffer + start, end - start) }
                end -= start
                start = 0
            }
            if end == capacity {
                if capacity >= maxLineLength {
                    throw Diagnostic.error(
                        "line is longer than \(maxLineLength) bytes", at: SourceLocation(file: path, line: lineNumber + 1))
                }
                let grown = min(capacity * 2, maxLineLength)
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity = grown
            }
            let want = min(chunkSize, capacity - end)
            let n = try file.read(into: buffer + end, count: want)
            if n == 0 { atEOF = true; break }
            var scan = end
            end += n
            while scan < end {
                guard let hit = memchr(buffer + scan, 0x0A, end - scan) else { break }
                let newline = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                try emit(start, newline)
                start = newline + 1
                scan = start
            }
        }
        if end > start { try emit(start, end) }
    }
}
