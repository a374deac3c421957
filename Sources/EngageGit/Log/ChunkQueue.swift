import EngageCore
import Foundation

/// Hands chunks of commit ids from the lister to the reader threads, in listing order, and
/// collects each chunk's parsed range in its slot. Waiting readers block on a condition.
final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(index: Int, input: Data)] = []
    private var next = 0
    private var closed = false
    private var results: [Int: Result<RangeLog, DiagnosticError>] = [:]
    private var chunks = 0

    /// Queues the next chunk (ids newline-separated, newest first).
    func push(_ input: Data) {
        condition.lock()
        pending.append((chunks, input))
        chunks += 1
        condition.signal()
        condition.unlock()
    }

    /// No more chunks will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk to read, or nil once the queue is closed and drained.
    func take() -> (index: Int, input: Data)? {
        condition.lock()
        defer { condition.unlock() }
        while next >= pending.count {
            if closed { return nil }
            condition.wait()
        }
        let chunk = pending[next]
        pending[next].input = Data()
        next += 1
        return chunk
    }

    func store(_ index: Int, _ result: Result<RangeLog, DiagnosticError>) {
        condition.lock()
        results[index] = result
        condition.unlock()
    }

    /// Every chunk's range in listing order (newest first); the first failure, if any, is thrown.
    func ordered() throws(DiagnosticError) -> [RangeLog] {
        condition.lock()
        defer { condition.unlock() }
        var logs: [RangeLog] = []
        for index in 0..<chunks {
            switch results[index] {
            case .success(let log)?: logs.append(log)
            case .failure(let error)?: throw error
            case nil: throw DiagnosticError(.error("a history reader did not finish"))
            }
        }
        return logs
    }
}
