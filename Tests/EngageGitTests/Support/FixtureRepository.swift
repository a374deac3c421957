import Foundation

/// A throwaway git repository built with the `git` CLI in a temporary folder, with authors and
/// dates set through the environment so every fixture is the same on every run.
final class FixtureRepository {
    let path: String
    private var clock = 1_600_000_000

    /// Creates and `git init`s a fresh folder (branch `main`).
    init(bare: Bool = false) throws {
        path = try Self.temporaryFolder()
        try git(["-c", "init.defaultBranch=main", "init", "-q"] + (bare ? ["--bare"] : []))
    }

    /// A folder that is not a repository.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("engagegit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes a file (folders created as needed).
    func write(_ file: String, _ content: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
        try git(["add", "--", file])
    }

    /// Appends a line to a file.
    func append(_ file: String, _ line: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try write(file, old + line + "\n")
    }

    func remove(_ file: String) throws {
        try git(["rm", "-q", "--", file])
    }

    func move(_ from: String, _ to: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(to)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try git(["mv", "--", from, to])
    }

    /// Commits what is staged as `name <email>`, one hour after the previous commit (or at `date`,
    /// an ISO 8601 date such as `2020-01-01T00:00:00Z`).
    @discardableResult
    func commit(_ name: String, _ email: String, date: String? = nil, message: String = "change") throws -> String {
        clock += 3600
        let when = date ?? "@\(clock) +0000"
        try git(["commit", "-q", "--allow-empty", "-m", message], environment: [
            "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
            "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when,
        ])
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes one new file per path and commits them together.
    @discardableResult
    func add(_ files: [String], by name: String, _ email: String) throws -> String {
        for file in files { try write(file, "\(file) by \(name)\n") }
        return try commit(name, email)
    }

    /// Runs git in the repository; throws with its standard error when it fails.
    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        try Self.run(["-C", path] + arguments, environment: environment)
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError(message: "git \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
