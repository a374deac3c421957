import Testing
@testable import EngageEvidence

@Suite struct JSONCursorTests {
    @discardableResult
    private func withCursor<T>(_ text: String, _ body: (inout JSONCursor) throws -> T) rethrows -> T {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            return try body(&cursor)
        }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let decoded = try withCursor(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#) { cursor in
            cursor.decode(try cursor.readString())
        }
        #expect(decoded == "a\"b\\c/d\né😀")
    }

    @Test func walksObjectsAndSkipsWhatItDoesNotNeed() throws {
        let found = try withCursor(#"{"skip": [1, 2.5e3, {"x": null}, true], "want": "yes", "n": -3}"#) { cursor -> [String] in
            try cursor.beginObject()
            var first = true
            var out: [String] = []
            while let key = try cursor.nextKey(first: &first) {
                if cursor.equals(key, "want") {
                    out.append(cursor.decode(try cursor.readString()))
                } else if cursor.equals(key, "n") {
                    out.append(String(try cursor.readNumberOrSkip() ?? 0))
                } else {
                    try cursor.skipValue()
                }
            }
            return out
        }
        #expect(found == ["yes", "-3.0"])
    }

    @Test(arguments: [
        (#"{"a" 1}"#, 5, "expected ':' after key"),
        (#"{"a": tru}"#, 6, "invalid literal"),
        (#"{"a": "open"#, 6, "unterminated string"),
        (#"[1 2]"#, 3, "expected ',' or ']'"),
        (#"{"a": -}"#, 6, "invalid number"),
    ])
    func syntaxErrorsCarryTheirOffset(text: String, offset: Int, message: String) {
        withCursor(text) { cursor in
            do {
                try cursor.skipValue()
                Issue.record("expected an error for \(text)")
            } catch let error as JSONError {
                #expect(error.offset == offset)
                #expect(error.message.contains(message))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        withCursor(text) { cursor in
            #expect(throws: JSONError.self) { try cursor.skipValue() }
        }
    }
}

@Suite struct JSONCursorWordScanTests {
    /// The eight-byte test flags a word exactly when one of its bytes is a quote, a backslash or
    /// a control character, whatever the byte's position.
    @Test(arguments: 0..<8)
    func flagsExactlyTheBytesThatEndAFastRun(position: Int) {
        for value in 0...255 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
            bytes[position] = UInt8(value)
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = value == 0x22 || value == 0x5C || value < 0x20
            #expect(JSONCursor.mayNeedAttention(word) == expected, "byte \(value) at \(position)")
        }
    }

    @Test func longStringsAcrossTheFastPathDecode() throws {
        let text = "\"" + String(repeating: "abcdefgh", count: 5) + "\\n" + String(repeating: "é", count: 9) + "\""
        let bytes = Array(text.utf8)
        let decoded = try bytes.withUnsafeBufferPointer { buffer -> String in
            var cursor = JSONCursor(buffer)
            return cursor.decode(try cursor.readString())
        }
        #expect(decoded == String(repeating: "abcdefgh", count: 5) + "\n" + String(repeating: "é", count: 9))
    }
}
