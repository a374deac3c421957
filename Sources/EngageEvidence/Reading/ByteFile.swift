#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import EngageCore

/// A file opened for sequential reading in chunks (C stdio underneath, so nothing is mapped or
/// loaded whole). Close it with `close()`; the readers in this module do so themselves.
struct ByteFile {
    private let handle: UnsafeMutablePointer<FILE>
    let path: String

    /// Opens `path` for reading, or fails with a diagnostic naming the file.
    init(path: String) throws(Diagnostic) {
        guard let handle = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic.error("cannot open file: \(reason)", at: SourceLocation(file: path))
        }
        self.handle = handle
        self.path = path
    }

    /// Reads up to `count` bytes into `destination`; 0 at end of file. A read error is a diagnostic.
    func read(into destination: UnsafeMutableRawPointer, count: Int) throws(Diagnostic) -> Int {
        let n = fread(destination, 1, count, handle)
        if n == 0, ferror(handle) != 0 {
            throw Diagnostic.error("read error", at: SourceLocation(file: path))
        }
        return n
    }

    /// Reads up to `buffer.count` bytes into the start of `buffer`.
    func read(into buffer: inout [UInt8]) throws(Diagnostic) -> Int {
        let count = buffer.count
        var n = 0
        var failed = false
        buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            n = fread(base, 1, count, handle)
            failed = n == 0 && ferror(handle) != 0
        }
        if failed { throw Diagnostic.error("read error", at: SourceLocation(file: path)) }
        return n
    }

    func close() { fclose(handle) }

    /// The size of the file in bytes, or nil when it cannot be told (a pipe).
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a whole (small) file, refusing files larger than `limit` bytes.
    static func readAll(path: String, limit: Int) throws(Diagnostic) -> [UInt8] {
        if let size = size(of: path), size > limit {
            throw Diagnostic.error(
                "file is \(size) bytes, more than the \(limit)-byte limit for this format",
                at: SourceLocation(file: path))
        }
        let file = try ByteFile(path: path)
        defer { file.close() }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try file.read(into: &chunk)
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw Diagnostic.error(
                    "file is more than the \(limit)-byte limit for this format", at: SourceLocation(file: path))
            }
        }
        return bytes
    }
}
