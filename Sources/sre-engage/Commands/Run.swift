import ArgumentParser
import EngageKit
import Foundation

/// Runs a command body, printing `EngageError` diagnostics (coloured on a terminal) and exiting
/// with its status instead of showing a stack trace.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as EngageError {
        Console.error(DiagnosticFormatter(style: .detect(fileDescriptor: STDERR_FILENO)).format(error.diagnostics))
        throw ExitCode(error.exitCode)
    }
}
