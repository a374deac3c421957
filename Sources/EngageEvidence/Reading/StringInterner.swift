#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns repeated byte strings (alert names, fingerprints) into one shared `String` each, so a
/// million alerts with a few thousand distinct names make a few thousand strings. Stops adding
/// entries past `capacity`, so memory stays bounded whatever the input.
struct StringInterner {
    private var table: [UInt64: String] = [:]
    let capacity: Int

    init(capacity: Int = 100_000) { self.capacity = capacity }

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        if var existing = table[h], Self.same(&existing, bytes) { return existing }
        let made = String(decoding: bytes, as: UTF8.self)
        if table.count < capacity { table[h] = made }
        return made
    }

    /// Byte equality through the string's contiguous UTF-8 (memcmp, not element by element).
    private static func same(_ string: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        string.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let a = utf8.baseAddress, let b = bytes.baseAddress else { return utf8.count == 0 }
            return memcmp(a, b, utf8.count) == 0
        }
    }
}
