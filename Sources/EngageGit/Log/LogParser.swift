import EngageCore
import Foundation

/// Parses the output of
///
///     git log -z --name-status --find-renames --format=%x01%aN%x00%aE
///
/// as it streams, chunk by chunk, into a `RangeLog`. The output is a sequence of NUL-terminated
/// fields: a commit starts with a field `\x01NAME` followed by `EMAIL`; then come its changes, each
/// a status field (the first one preceded by a newline) and one path, or two for `R` and `C`.
/// Fields are split on the raw bytes; only names, e-mails and paths become strings.
struct LogParser {
    enum State {
        case header, email, status, path, sourcePath, targetPath
    }

    private(set) var log = RangeLog()
    private var state = State.header
    private var pending: [UInt8] = []
    private var name = ""
    private var kind = ChangeKind.modify
    private var source: Int32 = -1
    private var changeCount: Int32 = 0
    private var commitOpen = false
    /// Called every `progressStride` commits with how many were read since the last call.
    var onProgress: (Int) -> Void = { _ in }
    static let progressStride = 512

    init() {}

    /// Feeds the next chunk of output.
    mutating func consume(_ chunk: UnsafeRawBufferPointer) throws(DiagnosticError) {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var start = 0
        let count = chunk.count
        while start < count {
            guard let hit = memchr(base + start, 0, count - start) else {
                pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
                return
            }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pending.isEmpty {
                try field(UnsafeBufferPointer(start: base + start, count: end - start))
            } else {
                pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
                let whole = pending
                pending.removeAll(keepingCapacity: true)
                try whole.withUnsafeBufferPointer { (f) throws(DiagnosticError) in try field(f) }
            }
            start = end + 1
        }
    }

    /// Ends the stream; returns the parsed range.
    mutating func finish() throws(DiagnosticError) -> RangeLog {
        if !pending.isEmpty {
            let whole = pending
            pending.removeAll()
            try whole.withUnsafeBufferPointer { (f) throws(DiagnosticError) in try field(f) }
        }
        switch state {
        case .header, .status: break
        default: throw Self.malformed("the output ended inside a commit")
        }
        closeCommit()
        let stride = log.commitCount % Self.progressStride
        if stride > 0 { onProgress(stride) }
        return log
    }

    private mutating func closeCommit() {
        if commitOpen {
            log.commitEnds.append(Int32(log.changes.count))
            commitOpen = false
            if log.commitCount % Self.progressStride == 0 { onProgress(Self.progressStride) }
        }
    }

    private mutating func field(_ bytes: UnsafeBufferPointer<UInt8>) throws(DiagnosticError) {
        switch state {
        case .header, .status:
            var rest = bytes[...]
            if rest.first == 0x01 {
                closeCommit()
                name = String(decoding: UnsafeBufferPointer(rebasing: rest.dropFirst()), as: UTF8.self)
                state = .email
                return
            }
            while let first = rest.first, first == 0x0A { rest = rest.dropFirst() }
            guard let letter = rest.first else { return }
            guard state == .status else { throw Self.malformed("expected a commit header") }
            switch letter {
            case UInt8(ascii: "A"): kind = .add; state = .path
            case UInt8(ascii: "M"), UInt8(ascii: "T"): kind = .modify; state = .path
            case UInt8(ascii: "D"): kind = .delete; state = .path
            case UInt8(ascii: "R"): kind = .rename; state = .sourcePath
            case UInt8(ascii: "C"): kind = .copy; state = .sourcePath
            default:
                // `U` (unmerged), `X` (unknown): not a change anyone made to a file; skip its path.
                kind = .modify; state = .path; source = -2
            }
        case .email:
            let email = String(decoding: bytes, as: UTF8.self)
            log.commitAuthors.append(log.internIdentity(name: name, email: email))
            commitOpen = true
            state = .status
        case .sourcePath:
            source = log.internPath(String(decoding: bytes, as: UTF8.self))
            state = .targetPath
        case .path, .targetPath:
            if source == -2 {
                source = -1
            } else {
                let path = log.internPath(String(decoding: bytes, as: UTF8.self))
                log.changes.append(PathChange(kind: kind, path: path, source: state == .targetPath ? source : -1))
            }
            source = -1
            state = .status
        }
    }

    static func malformed(_ detail: String) -> DiagnosticError {
        DiagnosticError(.error("could not parse git log output: \(detail)"))
    }
}
