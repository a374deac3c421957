import EngageCore
import Foundation

/// `Git.headFiles()` run on its own thread from creation, so it overlaps other work.
final class HeadListing: @unchecked Sendable {
    private var result: Result<[String], DiagnosticError> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(git: Git) {
        Thread.detachNewThread { [self] in
            result = Result { () throws(DiagnosticError) -> [String] in try git.headFiles() }
            done.signal()
        }
    }

    /// Waits for the listing (written once before the semaphore is signalled, read after).
    func files() throws(DiagnosticError) -> [String] {
        done.wait()
        done.signal()
        return try result.get()
    }
}
