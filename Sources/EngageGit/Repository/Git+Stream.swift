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
        let process = Process()
        process.executableURL = executable
        process.arguments = prefix + arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        let inPipe = input == nil ? nil : Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiagnosticError(.error("could not run git: \(error.localizedDescription)"))
        }

        if let inPipe, let input {
            let writer = inPipe.fileHandleForWriting
            Thread.detachNewThread {
                // git may exit early (bad revision); a broken pipe then just ends the write.
                input.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < raw.count {
                        let n = write(writer.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                        if n <= 0 { break }
                        offset += n
                    }
                }
                try? writer.close()
            }
        }

        let errorBox = ErrorCollector()
        let errorDone = DispatchSemaphore(value: 0)
        let errHandle = err.fileHandleForReading
        Thread.detachNewThread {
            errorBox.text = String(decoding: errHandle.readDataToEndOfFile(), as: UTF8.self)
            errorDone.signal()
        }

        let fd = out.fileHandleForReading.fileDescriptor
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
                process.terminate()
                break
            }
        }
        try? out.fileHandleForReading.close()
        process.waitUntilExit()
        errorDone.wait()
        stderr(errorBox.text)
        if let failure { throw failure }
        return process.terminationStatus
    }
}

/// Standard error text handed from the draining thread to the caller (written once, read after a
/// semaphore, so the unchecked sendability is safe).
final class ErrorCollector: @unchecked Sendable {
    var text = ""
}
