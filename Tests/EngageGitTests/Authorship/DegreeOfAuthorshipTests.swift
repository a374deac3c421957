import Foundation
import Testing
@testable import EngageGit

@Suite struct DegreeOfAuthorshipTests {
    /// DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC), by hand.
    @Test(arguments: [
        (true, 0, 0, 4.391),                               // 3.293 + 1.098
        (false, 0, 0, 3.293),                              // the intercept
        (false, 2, 1, 3.293 + 0.328 - 0.321 * log(2.0)),   // 3.3985
        (true, 0, 2, 4.391 - 0.321 * log(3.0)),            // 4.0383
        (false, 10, 0, 3.293 + 1.64),                      // 4.933
        (false, 0, 20, 3.293 - 0.321 * log(21.0)),         // 2.3157
    ])
    func value(firstAuthorship: Bool, deliveries: Int, acceptances: Int, expected: Double) {
        let doa = DegreeOfAuthorship(firstAuthorship: firstAuthorship, deliveries: deliveries, acceptances: acceptances)
        #expect(abs(doa.value - expected) < 1e-9)
    }

    @Test func authorNeedsMoreThanThreeQuartersOfTheMaximum() {
        // A developer with one delivery and no acceptances: 3.457.
        let doa = DegreeOfAuthorship(firstAuthorship: false, deliveries: 1, acceptances: 0)
        #expect(doa.isAuthor(maximum: 3.457 / 0.76))   // ratio 0.76 > 0.75
        #expect(!doa.isAuthor(maximum: 3.457 / 0.749)) // ratio 0.749
        #expect(!doa.isAuthor(maximum: 3.457 / 0.5))
    }

    @Test func authorNeedsTheInterceptUnlessTheyCreatedTheFile() {
        // 3.293 + 0.164 − 0.321·ln 2 = 3.2345 < 3.293: not an author even as the maximum.
        let editor = DegreeOfAuthorship(firstAuthorship: false, deliveries: 1, acceptances: 1)
        #expect(editor.value < DegreeOfAuthorship.intercept)
        #expect(!editor.isAuthor(maximum: editor.value))
        // A creator whose file many others changed: 4.391 − 0.321·ln 31 = 3.2887 < 3.293, still an author.
        let creator = DegreeOfAuthorship(firstAuthorship: true, deliveries: 0, acceptances: 30)
        #expect(creator.value < DegreeOfAuthorship.intercept)
        #expect(creator.isAuthor(maximum: creator.value))
    }
}
