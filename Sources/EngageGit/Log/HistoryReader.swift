import EngageCore
import Foundation

/// Reads a repository's history with several `git log` processes at once.
///
/// `git rev-list --reverse --no-merges HEAD` lists the commits oldest first (cheap: no diffs).
/// The list is cut into contiguous ranges, and each range is handed on standard input to its own
///
///     git log --stdin --no-walk=unsorted -z --name-status --find-renames --format=%x01%aN%x00%aE
///
/// which prints exactly those commits in exactly that order. Each process is parsed on its own
/// thread while it streams, so the expensive part (tree diffs and rename detection inside git)
/// runs on every core. The ranges come back in history order for a sequential replay.
struct HistoryReader: Sendable {
    let git: Git
    var since: String?
    var parallelism: Int
    var progress: Bool

    /// The arguments of each range's `git log`.
    static let logArguments = [
        "log", "--stdin", "--no-walk=unsorted", "-z", "--name-status", "--find-renames",
        "--no-color", "--no-ext-diff", "--format=%x01%aN%x00%aE",
    ]

    /// Commit ids to read, oldest first.
    func commitList() throws(DiagnosticError) -> [Substring] {
        var arguments = ["rev-list", "--reverse", "--no-merges"]
        if let since { arguments.append("--since=\(since)") }
        arguments.append("HEAD")
        let output = try git.run(arguments)
        guard output.status == 0 else {
            throw DiagnosticError(.error("git rev-list failed: \(RepositoryProbe.firstLine(output.stderr))", at: SourceLocation(file: git.repository)))
        }
        return output.text.split(separator: "\n")
    }

    /// How many ranges to cut `count` commits into: one per reader, none smaller than 256 commits.
    func rangeCount(_ count: Int) -> Int {
        let readers = parallelism > 0 ? parallelism : max(2, ProcessInfo.processInfo.activeProcessorCount)
        return max(1, min(readers, count / 256))
    }

    /// Reads every range; returns them in history order.
    func read() throws(DiagnosticError) -> [RangeLog] {
        let commits = try commitList()
        if commits.isEmpty { return [] }
        let ranges = rangeCount(commits.count)
        let meter = ProgressMeter(total: commits.count, enabled: progress)
        defer { meter.stop() }
        let results = RangeResults(count: ranges)
        let group = DispatchGroup()
        for r in 0..<ranges {
            let lower = commits.count * r / ranges, upper = commits.count * (r + 1) / ranges
            let input = Data(commits[lower..<upper].joined(separator: "\n").utf8 + [0x0A])
            group.enter()
            Thread.detachNewThread { [git] in
                results.store(r, Result { () throws(DiagnosticError) -> RangeLog in
                    try Self.readRange(git: git, input: input, meter: meter)
                })
                group.leave()
            }
        }
        group.wait()
        return try results.ordered()
    }

    static func readRange(git: Git, input: Data, meter: ProgressMeter) throws(DiagnosticError) -> RangeLog {
        var parser = LogParser()
        parser.onProgress = { meter.add($0) }
        var stderr = ""
        let status = try git.stream(logArguments, input: input, stderr: { stderr = $0 }) { (chunk) throws(DiagnosticError) in
            try parser.consume(chunk)
        }
        guard status == 0 else {
            throw DiagnosticError(.error("git log failed: \(RepositoryProbe.firstLine(stderr))", at: SourceLocation(file: git.repository)))
        }
        return try parser.finish()
    }
}

/// Where the reader threads leave their ranges (each slot written once under the lock).
final class RangeResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<RangeLog, DiagnosticError>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<RangeLog, DiagnosticError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func ordered() throws(DiagnosticError) -> [RangeLog] {
        lock.lock()
        defer { lock.unlock() }
        var logs: [RangeLog] = []
        for slot in slots {
            switch slot {
            case .success(let log)?: logs.append(log)
            case .failure(let error)?: throw error
            case nil: throw DiagnosticError(.error("a history reader did not finish"))
            }
        }
        return logs
    }
}
