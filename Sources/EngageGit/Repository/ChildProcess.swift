import EngageCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ignores SIGPIPE in this process, once.
private let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
}()

/// Serialises pipe creation and spawning (see `ChildProcess.spawn`).
private let spawnLock = NSLock()

/// A child process started with `posix_spawn`, its standard input, output and error on pipes.
///
/// Foundation's `Process` adds tens of milliseconds of latency per launch and wait on Linux; the
/// probe runs several short git commands before the history is read, so the launches are direct.
struct ChildProcess {
    let pid: pid_t
    /// Our ends of the pipes (-1 when not piped).
    let stdinWrite: Int32
    let stdoutRead: Int32
    let stderrRead: Int32

    /// Starts `executable` with `arguments` (without the program name) and `environment`.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], pipeStdin: Bool) throws(DiagnosticError) -> ChildProcess {
        // Pipes are close-on-exec, so that a child spawned by another thread does not inherit them
        // (and keep them open); dup2 onto 0, 1, 2 clears the flag in this child. Creating and
        // flagging them is not atomic without pipe2, so every spawn holds one lock.
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        func makePipe(_ fds: inout [Int32]) -> Bool {
            guard pipe(&fds) == 0 else { return false }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return true
        }
        guard makePipe(&outPipe), makePipe(&errPipe), !pipeStdin || makePipe(&inPipe) else {
            for fd in inPipe + outPipe + errPipe where fd >= 0 { close(fd) }
            throw DiagnosticError(.error("could not create pipes for git (errno \(errno))"))
        }
        // Writing commit ids to a git that already exited must fail with EPIPE, not kill us; the
        // child gets the default disposition back.
        _ = ignoreBrokenPipes
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if pipeStdin {
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let status = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envBuffer in
                posix_spawn(&pid, executable, &actions, &attributes,
                            UnsafeMutablePointer(mutating: argvBuffer.baseAddress!),
                            UnsafeMutablePointer(mutating: envBuffer.baseAddress!))
            }
        }
        // Close the child's ends in this process.
        for fd in [inPipe[0], outPipe[1], errPipe[1]] where fd >= 0 { close(fd) }
        guard status == 0 else {
            for fd in [inPipe[1], outPipe[0], errPipe[0]] where fd >= 0 { close(fd) }
            throw DiagnosticError(.error("could not run \(executable): \(String(cString: strerror(status)))"))
        }
        return ChildProcess(pid: pid, stdinWrite: inPipe[1], stdoutRead: outPipe[0], stderrRead: errPipe[0])
    }

    /// Waits for the child to end; returns its exit status (128 + signal when it was killed).
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Asks the child to stop.
    func terminate() {
        kill(pid, SIGTERM)
    }
}
