import Testing
@testable import EngageGit

@Suite struct IdentityMergerTests {
    @Test func mergesByEmailNameAndAlias() {
        let identities = [
            RawIdentity(name: "Dana", email: "dana@example.com"),      // 0
            RawIdentity(name: "dana", email: "DANA@example.com"),      // 1: same e-mail, other case
            RawIdentity(name: "Dana", email: "dana@home.example"),     // 2: identical name
            RawIdentity(name: "D. K.", email: "dk@laptop"),            // 3: alias of dana@example.com
            RawIdentity(name: "Eve", email: "eve@example.com"),        // 4: someone else
            RawIdentity(name: "", email: "anon1@example.com"),         // 5: empty names never merge
            RawIdentity(name: "", email: "anon2@example.com"),         // 6
        ]
        let merger = IdentityMerger(aliases: ["DK@laptop": "Dana@Example.com"])
        let (developers, developerOf) = merger.merge(identities, commits: [3, 1, 1, 1, 2, 1, 1])
        #expect(developers.count == 4)
        let dana = developers[developerOf[0]]
        #expect(Set(developerOf[0...3]).count == 1)
        #expect(dana.name == "Dana")   // 4 commits as "Dana" against 1 each for the others
        #expect(dana.email == "dana@example.com")
        #expect(dana.emails == ["dana@example.com", "dana@home.example", "dk@laptop"])
        #expect(dana.commits == 6)
        #expect(developerOf[5] != developerOf[6])
        #expect(developers.map(\.name) == ["", "", "Dana", "Eve"])
    }

    @Test func aliasTargetIsTheCanonicalEmailEvenWhenNeverCommitted() {
        let (developers, _) = IdentityMerger(aliases: ["old@corp": "new@corp"]).merge([RawIdentity(name: "Finn", email: "old@corp")], commits: [1])
        #expect(developers.map(\.email) == ["new@corp"])
    }
}
