/// Authorship of every analysed file at HEAD: the step between reading history and the
/// truck-factor search.
struct RepositoryAuthorship: Sendable {
    /// One analysed file: each developer's degree of authorship and who its authors are.
    struct File: Sendable {
        var path: String
        var degrees: [(developer: Int, doa: DegreeOfAuthorship)]
        var authors: [Int]
    }

    var state: RepositoryState
    var developers: [Developer]
    var commits: Int
    var filesAtHead: Int
    var filesExcluded: Int
    var filesWithoutHistory: Int
    /// Sorted by path.
    var files: [File]

    /// The file at `path`, if it was analysed.
    func file(_ path: String) -> File? {
        files.first { $0.path == path }
    }

    /// The developer's index by canonical e-mail.
    func developer(email: String) -> Int? {
        developers.firstIndex { $0.email == email.lowercased() }
    }
}
