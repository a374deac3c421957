import Testing
@testable import EngageKit

struct KeyDecoderTests {
    @Test(arguments: [
        ([UInt8]([0x1B, 0x5B, 0x41]), Key.up, 3),
        ([0x1B, 0x5B, 0x42], .down, 3),
        ([0x1B, 0x4F, 0x43], .right, 3),
        ([0x1B, 0x5B, 0x44], .left, 3),
        ([0x0D], .enter, 1),
        ([0x7F], .backspace, 1),
        ([0x03], .interrupt, 1),
        ([0x04], .endOfInput, 1),
        ([0x31], .character("1"), 1),
        ([0xEB, 0xA9, 0x94], .character("메"), 3),
        ([0x1B], .escape, 1),
        ([0x1B, 0x5B, 0x31, 0x35, 0x7E], .escape, 5),
    ])
    func decodes(bytes: [UInt8], key: Key, length: Int) {
        let decoded = KeyDecoder().decode(bytes[...])
        #expect(decoded?.0 == key)
        #expect(decoded?.1 == length)
    }

    @Test func incompleteUTF8WaitsForMoreBytes() {
        #expect(KeyDecoder().decode([0xEB, 0xA9][...]) == nil)
    }
}
