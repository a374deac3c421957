import Foundation
import Testing
@testable import EngageCore

struct FactValueCodingTests {
    @Test(arguments: [
        FactValue.number(1), .number(0), .number(0.917), .bool(true), .bool(false), .text("ledger"),
        .list([FactItem("ledger", detail: "no SLO", evidence: [EvidenceReference(file: "a.yaml", line: 3)])]), .list([]),
    ])
    func roundTripsThroughPlainJSON(_ value: FactValue) throws {
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(FactValue.self, from: data) == value)
    }

    @Test func encodesAsPlainValues() throws {
        #expect(String(decoding: try JSONEncoder().encode(FactValue.number(3)), as: UTF8.self) == "3")
        #expect(String(decoding: try JSONEncoder().encode(FactValue.bool(true)), as: UTF8.self) == "true")
        #expect(String(decoding: try JSONEncoder().encode(FactValue.text("x")), as: UTF8.self) == "\"x\"")
    }
}
