import EngageCore

/// Computes the truck factor of a git repository and of each of its components
/// (Avelino et al., "A novel approach for estimating truck factors", ICPC 2016).
///
/// The history is read by parallel `git log` processes (see `HistoryReader`), replayed forward
/// following renames (`HistoryReplay`), developers are merged (`IdentityMerger`), authorship is
/// decided per file by the degree-of-authorship model (`DegreeOfAuthorship`), and the greedy
/// search with pruning (`TruckFactorAlgorithm`) runs over the repository and each component.
public struct TruckFactorAnalyzer: Sendable {
    public var options: TruckFactorOptions

    public init(options: TruckFactorOptions = TruckFactorOptions()) {
        self.options = options
    }

    /// Analyses the repository at `path`; throws a `DiagnosticError` naming the path when it is
    /// not a readable repository (not a folder, not a repository, shallow, empty, unborn HEAD)
    /// or the options are invalid.
    public func analyze(repository path: String) throws(DiagnosticError) -> TruckFactorReport {
        report(try authorship(repository: path))
    }

    /// Reads the history and decides the authors of every analysed file at HEAD.
    func authorship(repository path: String) throws(DiagnosticError) -> RepositoryAuthorship {
        try options.validate()
        let git = try Git(repository: path)
        let state = try RepositoryProbe(git: git).probe()
        // The HEAD listing runs while the history is read.
        let listing = HeadListing(git: git)
        let reader = HistoryReader(git: git, since: options.since, readers: options.parallelism, chunkSize: options.chunkSize, progress: options.progress)
        var replay = HistoryReplay()
        let ranges = try reader.read()
        let headFiles = try listing.files()
        replay.replay(newestFirst: ranges)
        let (developers, developerOf) = IdentityMerger(aliases: options.aliases).merge(replay.identities, commits: replay.commitsPerIdentity)

        let matcher = options.filter.matcher()
        var files: [RepositoryAuthorship.File] = []
        var excluded = 0, withoutHistory = 0
        for path in headFiles.sorted() {
            guard matcher.includes(path) else { excluded += 1; continue }
            guard let history = replay.file(at: path), !history.touches.isEmpty else { withoutHistory += 1; continue }
            let degrees = history.degrees(developerOf: developerOf)
            let maximum = degrees.map(\.doa.value).max() ?? 0
            files.append(.init(path: path, degrees: degrees, authors: degrees.filter { $0.doa.isAuthor(maximum: maximum) }.map(\.developer)))
        }
        return RepositoryAuthorship(
            state: state, developers: developers, commits: replay.commits, filesAtHead: headFiles.count,
            filesExcluded: excluded, filesWithoutHistory: withoutHistory, files: files)
    }

    /// The truck factor of the repository and of each component.
    func report(_ authorship: RepositoryAuthorship) -> TruckFactorReport {
        let paths = authorship.files.map(\.path)
        let authors = authorship.files.map(\.authors)
        let developers = authorship.developers
        var members: [String: [Int]] = [:]
        if case .declared(let declared) = options.components {
            for name in declared.keys { members[name] = [] }
        }
        for (f, path) in paths.enumerated() {
            for name in options.components.names(of: path) { members[name, default: []].append(f) }
        }
        let components = members.keys.sorted().map { name in
            let files = members[name] ?? []
            return ComponentTruckFactor(
                name: name,
                result: TruckFactorAlgorithm.compute(authors: files.map { authors[$0] }, paths: files.map { paths[$0] }, developers: developers))
        }
        return TruckFactorReport(
            repository: authorship.state, since: options.since, commitsRead: authorship.commits, developers: developers.count,
            filesAtHead: authorship.filesAtHead, filesExcluded: authorship.filesExcluded, filesWithoutHistory: authorship.filesWithoutHistory,
            componentGrouping: options.components.description,
            truckFactor: TruckFactorAlgorithm.compute(authors: authors, paths: paths, developers: developers),
            components: components)
    }
}
