import EngageCore
import Foundation

/// Writes files by atomic replace: a temporary file in the same folder, written in full and
/// fsync'd, then renamed over the target, then the folder fsync'd. A reader (or a crash, or
/// kill -9 at any instant) sees the old file or the new one, never a torn one.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Atomically replaces (or creates) `path` with `contents`.
    public static func write(_ contents: String, to path: String) throws(WriteError) {
        try write(Array(contents.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: errnoText()) }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        if !ok || fsync(fd) != 0 {
            let reason = errnoText()
            close(fd)
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
        close(fd)
        if rename(temp, path) != 0 {
            let reason = errnoText()
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Creates `path` only if it does not exist (for immutable snapshots); same durability.
    public static func create(_ contents: String, at path: String) throws(WriteError) {
        if FileManager.default.fileExists(atPath: path) {
            throw WriteError(path: path, reason: "already exists; snapshots are never overwritten")
        }
        try write(contents, to: path)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
