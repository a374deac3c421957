/// A JSON syntax problem at a byte offset of the text being scanned.
struct JSONError: Error, Sendable {
    var offset: Int
    var message: String
}
