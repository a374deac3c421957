import EngageCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Git {
    /// Runs `git ARGS`, handing standard output to `consume` chunk by chunk as it arrives (the
    /// whole output is never held), and returns the exit status. Standard input, when given, is
    /// written from its own thread; standard error is collected on another and passed to `stderr`
    /// once the process ends.
    public func stream(
        _ arguments: [String], input: Data? = nil, stderr: (String) -> Void = { _ in },
        consume: (UnsafeRawBufferPointer) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) -> Int32 {
        let child = try ChildProcess.spawn(executable.path, prefix + arguments, environment: environment, pipeStdin: input != nil)

        if let input {
            let fd = child.stdinWrite
            Thread.detachNewThread {
                // git may exit early (bad revision); a broken pipe then just ends the write.
                input.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    var offset = 0
                    while offset < raw.count {
                        let n = write(fd, base + offset, raw.count - offset)
                        if n < 0, errno == EINTR { continue }
                        if n <= 0 { break }
                        offset += n
                    }
                }
                close(fd)
            }
        }

        let errorBox = ErrorCollector()
        let errorDone = DispatchSemaphore(value: 0)
        let errFD = child.stderrRead
        Thread.detachNewThread {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(errFD, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                bytes.append(contentsOf: buffer[0..<n])
            }
            close(errFD)
            errorBox.text = String(decoding: bytes, as: UTF8.self)
            errorDone.signal()
        }

        let fd = child.stdoutRead
        let capacity = 1 << 18
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var failure: DiagnosticError?
        while true {
            let n = read(fd, buffer, capacity)
            if n < 0 {
                if errno == EINTR { continue }
                failure = DiagnosticError(.error("reading git output failed (errno \(errno))"))
                break
            }
            if n == 0 { break }
            do {
                try consume(UnsafeRawBufferPointer(start: buffer, count: n))
            } catch {
                failure = error
                child.terminate()
                break
            }
        }
        close(fd)
        let status = child.wait()
        errorDone.wait()
        stderr(errorBox.text)
        if let failure { throw failure }
        return status
    }
}

/// Standard error text handed from the draining thread to the caller (written once, read after a
/// semaphore, so the unchecked sendability is safe).
final class ErrorCollector: @unchecked Sendable {
    var text = ""
}
