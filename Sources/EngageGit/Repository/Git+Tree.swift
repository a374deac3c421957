import EngageCore

extension Git {
    /// The paths of every file (blob) in HEAD's tree, from `git ls-tree -r -z --full-tree HEAD`
    /// (submodules, which are commits, are left out).
    func headFiles() throws(DiagnosticError) -> [String] {
        let output = try run(["ls-tree", "-r", "-z", "--full-tree", "HEAD"])
        guard output.status == 0 else {
            throw DiagnosticError(.error("git ls-tree failed: \(RepositoryProbe.firstLine(output.stderr))", at: SourceLocation(file: repository)))
        }
        var paths: [String] = []
        for entry in output.stdout.split(separator: 0) {
            // "MODE TYPE OBJECT\tPATH"
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let header = entry[entry.startIndex..<tab].split(separator: 0x20)
            guard header.count >= 2, header[1].elementsEqual("blob".utf8) else { continue }
            paths.append(String(decoding: entry[(tab + 1)...], as: UTF8.self))
        }
        return paths
    }
}
