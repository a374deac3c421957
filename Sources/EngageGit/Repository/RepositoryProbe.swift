import EngageCore
import Foundation

/// Checks that a path is a repository whose history can be read, and says clearly why not:
/// not a folder, not a repository, a shallow clone (truncated history), an empty repository, an
/// unborn HEAD. A detached HEAD is fine; the state records it.
public struct RepositoryProbe: Sendable {
    let git: Git

    public init(git: Git) {
        self.git = git
    }

    public func probe() throws(DiagnosticError) -> RepositoryState {
        let path = git.repository
        let location = SourceLocation(file: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DiagnosticError(.error("no such folder", at: location))
        }
        guard isFolder.boolValue else {
            throw DiagnosticError(.error("not a folder; give the path of a git repository", at: location))
        }
        // One call answers both "is this a repository" and "is it shallow".
        let inside = try git.run(["rev-parse", "--git-dir", "--is-shallow-repository"])
        guard inside.status == 0 else {
            throw DiagnosticError(.error("not a git repository (git says: \(Self.firstLine(inside.stderr)))", at: location))
        }
        if inside.text.split(separator: "\n").last == "true" {
            throw DiagnosticError(.error(
                "shallow clone: its history is truncated, so authorship would be wrong; fetch the whole history first (git fetch --unshallow)",
                at: location))
        }
        let symbolic = try git.run(["symbolic-ref", "-q", "HEAD"])
        let branch: String? = symbolic.status == 0 ? Self.branchName(symbolic.text) : nil
        let head = try git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"])
        guard head.status == 0, !head.text.isEmpty else {
            let any = try git.run(["rev-list", "-n", "1", "--all"])
            if any.status == 0, any.text.isEmpty {
                throw DiagnosticError(.error("empty repository: there are no commits to read", at: location))
            }
            let name = branch ?? (symbolic.status == 0 ? symbolic.text : "HEAD")
            throw DiagnosticError(.error(
                "unborn HEAD: branch '\(name)' has no commits yet (check out a branch with history)", at: location))
        }
        return RepositoryState(path: path, head: head.text, branch: branch)
    }

    static func branchName(_ ref: String) -> String {
        ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : ref
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? "unknown error"
        return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
    }
}
