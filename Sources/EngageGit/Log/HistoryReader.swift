import EngageCore
import Foundation

/// Reads a repository's history with several `git log` processes at once, pipelined behind the
/// commit listing:
///
/// 1. `git rev-list --no-merges HEAD` streams commit ids, newest first (cheap: no diffs);
/// 2. every `chunkSize` ids form a chunk, queued as soon as it is complete;
/// 3. `readers` threads each take the next chunk and run
///
///        git log --stdin --no-walk=unsorted -z --name-status --find-renames --format=%x01%aN%x00%aE
///
///    on it, which prints exactly those commits in exactly that order, parsing the output while
///    it streams.
///
/// The expensive part (tree diffs and rename detection inside git) thus runs on every core while
/// the listing is still going on. Newest-first is also the order in which git reads its packs
/// fastest (objects are stored as deltas against newer ones). The chunks come back in listing
/// order; `HistoryReplay` replays them backwards, oldest commit first.
struct HistoryReader: Sendable {
    let git: Git
    var since: String?
    /// Concurrent `git log` processes (0: one per core, at least 2).
    var readers: Int
    var chunkSize: Int
    var progress: Bool

    static let defaultChunkSize = 4096

    /// The arguments of each chunk's `git log`. The delta-base cache is kept smaller than git's
    /// 96 MiB default, since several processes run at once.
    static let logArguments = [
        "-c", "core.deltaBaseCacheLimit=16m",
        "log", "--stdin", "--no-walk=unsorted", "-z", "--name-status", "--find-renames",
        "--no-color", "--no-ext-diff", "--format=%x01%aN%x00%aE",
    ]

    init(git: Git, since: String?, readers: Int, chunkSize: Int = HistoryReader.defaultChunkSize, progress: Bool) {
        self.git = git
        self.since = since
        self.readers = readers
        self.chunkSize = max(1, chunkSize)
        self.progress = progress
    }

    var readerCount: Int {
        readers > 0 ? readers : max(2, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads every commit; returns the chunks newest first (each chunk's commits newest first).
    func read() throws(DiagnosticError) -> [RangeLog] {
        let queue = ChunkQueue()
        let meter = ProgressMeter(enabled: progress)
        defer { meter.stop() }
        let group = DispatchGroup()
        for _ in 0..<readerCount {
            group.enter()
            Thread.detachNewThread { [git] in
                while let chunk = queue.take() {
                    queue.store(chunk.index, Result { () throws(DiagnosticError) -> RangeLog in
                        try Self.readChunk(git: git, input: chunk.input, meter: meter)
                    })
                }
                group.leave()
            }
        }
        let listed: Result<Int, DiagnosticError> = Result { () throws(DiagnosticError) -> Int in try list(into: queue) }
        if case .success(let total) = listed { meter.total = total }
        queue.close()
        group.wait()
        _ = try listed.get()
        return try queue.ordered()
    }

    /// Streams `git rev-list` into the queue, one chunk per `chunkSize` ids; returns the count.
    private func list(into queue: ChunkQueue) throws(DiagnosticError) -> Int {
        // Small pack windows: the listing only touches commit objects, and unmapping as it goes
        // keeps its resident set to a third without costing time.
        var arguments = ["-c", "core.packedGitWindowSize=1m", "-c", "core.packedGitLimit=8m", "rev-list", "--no-merges"]
        if let since { arguments.append("--since=\(since)") }
        arguments.append("HEAD")
        var current = Data()
        var inChunk = 0, total = 0
        var stderr = ""
        let size = chunkSize
        let status = try git.stream(arguments, stderr: { stderr = $0 }) { chunk in
            var start = 0
            for (i, byte) in chunk.enumerated() where byte == 0x0A {
                current.append(contentsOf: chunk[start...i])
                start = i + 1
                inChunk += 1
                total += 1
                if inChunk == size {
                    queue.push(current)
                    current = Data()
                    inChunk = 0
                }
            }
            if start < chunk.count { current.append(contentsOf: chunk[start...]) }
        }
        guard status == 0 else {
            throw DiagnosticError(.error("git rev-list failed: \(RepositoryProbe.firstLine(stderr))", at: SourceLocation(file: git.repository)))
        }
        if inChunk > 0 { queue.push(current) }
        return total
    }

    static func readChunk(git: Git, input: Data, meter: ProgressMeter) throws(DiagnosticError) -> RangeLog {
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
