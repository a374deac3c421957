import Foundation

/// An advisory lock held with `flock(2)` on a lock file for as long as the process lives. The
/// kernel drops it when the holder dies (even by kill -9), so a stale lock file is taken over
/// safely: the next process gets the lock and sees the dead holder's details in the file.
public final class FileLock: @unchecked Sendable {
    /// Who holds (or held) a lock, as written into the lock file.
    public struct Holder: Sendable, Hashable, CustomStringConvertible {
        public var pid: Int32
        public var host: String
        public var who: String
        public var since: String

        public var description: String { "\(who) (pid \(pid) on \(host), since \(since))" }

        var line: String { "pid=\(pid) host=\(host) who=\(who) since=\(since)\n" }

        static func parse(_ text: String) -> Holder? {
            var fields: [String: String] = [:]
            for part in text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ") {
                let kv = part.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { fields[String(kv[0])] = String(kv[1]) }
            }
            guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
            return Holder(pid: pid, host: fields["host"] ?? "?", who: fields["who"] ?? "?", since: fields["since"] ?? "?")
        }
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case held(by: Holder?, path: String)
        case io(path: String, reason: String)

        public var description: String {
            switch self {
            case let .held(holder, path):
                return "\(path): error: locked by \(holder?.description ?? "another process"); wait for it to finish or stop it"
            case let .io(path, reason):
                return "\(path): error: cannot lock: \(reason)"
            }
        }
    }

    public let path: String
    private var fd: Int32
    /// The dead holder whose stale lock this process took over, if any.
    public private(set) var tookOverFrom: Holder?

    private init(path: String, fd: Int32, tookOverFrom: Holder?) {
        self.path = path
        self.fd = fd
        self.tookOverFrom = tookOverFrom
    }

    /// Takes the lock or fails at once naming the holder.
    public static func acquire(_ path: String, who: String) throws(Failure) -> FileLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = Holder.parse(readAll(fd))
            close(fd)
            throw .held(by: holder, path: path)
        }
        let previous = Holder.parse(readAll(fd))
        let stale = previous.flatMap { p in p.pid != getpid() ? p : nil }
        let me = Holder(pid: getpid(), host: ProcessInfo.processInfo.hostName, who: who.replacingOccurrences(of: " ", with: "_"), since: Timestamp.nowISO())
        ftruncate(fd, 0)
        let bytes = Array(me.line.utf8)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        fsync(fd)
        return FileLock(path: path, fd: fd, tookOverFrom: stale)
    }

    /// Releases the lock and empties the file (a clean exit leaves no holder behind).
    public func release() {
        guard fd >= 0 else { return }
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func readAll(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = pread(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
    }
}
