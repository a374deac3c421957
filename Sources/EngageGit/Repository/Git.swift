import EngageCore
import Foundation

/// Runs the `git` executable found on `PATH` against one repository (`git -C PATH …`).
///
/// Small commands are captured whole; `git log` output is streamed (see `Git+Stream.swift`).
public struct Git: Sendable {
    /// The repository folder as given.
    public let repository: String
    let executable: URL

    /// Finds `git` on `PATH`; throws a diagnostic when it is not installed.
    public init(repository: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(DiagnosticError) {
        self.repository = repository
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                executable = candidate
                return
            }
        }
        throw DiagnosticError(.error("the git executable was not found on PATH; install git to read repository history"))
    }

    /// The output of a finished command.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String

        /// Standard output as text without the trailing newline.
        public var text: String {
            var s = String(decoding: stdout, as: UTF8.self)
            while s.hasSuffix("\n") { s.removeLast() }
            return s
        }
    }

    /// Arguments placed before every command: the repository, and settings that keep the output
    /// in the shape the parser expects whatever the user's configuration says.
    var prefix: [String] {
        [
            "-C", repository, "-c", "core.quotePath=false", "-c", "log.showSignature=false", "-c", "diff.relative=false",
            // The root commit's files must appear as additions even where the user turned this off.
            "-c", "log.showRoot=true",
        ]
    }

    /// The environment for every command: no pager, no optional locks, untranslated messages,
    /// fully buffered output, and no inherited repository location.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        // Variables that would point git at another repository than the one given (as inside a hook).
        for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE", "GIT_NAMESPACE", "GIT_PREFIX"] {
            env[name] = nil
        }
        env["GIT_PAGER"] = "cat"
        // Fully buffered output: without this git flushes (one write(2)) after every commit on a pipe.
        env["GIT_FLUSH"] = "0"
        env["GIT_OPTIONAL_LOCKS"] = "0"
        env["LC_ALL"] = "C"
        env["GIT_TERMINAL_PROMPT"] = "0"
        return env
    }

    /// Runs `git ARGS` to completion, capturing both outputs (for commands with small output).
    public func run(_ arguments: [String], input: Data? = nil) throws(DiagnosticError) -> Output {
        var stdout = Data()
        var stderrText = ""
        let status = try stream(arguments, input: input, stderr: { stderrText = $0 }) { chunk in
            stdout.append(contentsOf: chunk)
        }
        return Output(status: status, stdout: stdout, stderr: stderrText)
    }
}
