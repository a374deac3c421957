import Foundation

/// Counts commits read by the parallel readers and, when enabled and standard error is a
/// terminal, redraws one status line there twice a second: commits read, total, rate.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var read = 0
    private var done = false
    private var knownTotal: Int?
    private let visible: Bool
    private let started = Date()
    private let finished = DispatchSemaphore(value: 0)
    private let wake = DispatchSemaphore(value: 0)

    init(enabled: Bool) {
        self.visible = enabled && isatty(STDERR_FILENO) == 1
        if visible {
            Thread.detachNewThread { [self] in loop() }
        }
    }

    func add(_ commits: Int) {
        lock.lock()
        read += commits
        lock.unlock()
    }

    /// The number of commits to read, once the listing has finished.
    var total: Int? {
        get { lock.lock(); defer { lock.unlock() }; return knownTotal }
        set { lock.lock(); knownTotal = newValue; lock.unlock() }
    }

    var commitsRead: Int {
        lock.lock()
        defer { lock.unlock() }
        return read
    }

    /// Stops redrawing and clears the status line.
    func stop() {
        lock.lock()
        let wasDone = done
        done = true
        lock.unlock()
        if visible, !wasDone {
            wake.signal()
            finished.wait()
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }

    private func loop() {
        while true {
            _ = wake.wait(timeout: .now() + 0.5)
            lock.lock()
            let (n, stop, total) = (read, done, knownTotal)
            lock.unlock()
            if stop { break }
            let seconds = max(Date().timeIntervalSince(started), 0.001)
            let line = "\rreading history: \(n)\(total.map { " of \($0)" } ?? "") commits (\(Int(Double(n) / seconds)) commits/s)\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
        }
        finished.signal()
    }
}
