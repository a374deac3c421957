import EngageCore
import Foundation
import Yams

/// One composed YAML document of a file, ready to be read with positions.
public struct YAMLDocument {
    public let file: String
    public let root: Node
    /// 0-based index of the document in a multi-document file.
    public let index: Int

    /// The root as a positioned value.
    public func value(sink: DiagnosticSink) -> YAMLValue {
        YAMLValue(node: root, file: file, sink: sink)
    }

    /// Reads and composes every document of a file. Problems (unreadable, too large, invalid
    /// UTF-8, YAML syntax, duplicate keys, alias bombs) become positioned diagnostics in `sink`;
    /// the result is then empty.
    public static func load(path: String, displayPath: String? = nil, limits: YAMLLimits = .default, sink: DiagnosticSink) -> [YAMLDocument] {
        let shown = displayPath ?? path
        let data: Data
        do {
            let url = URL(fileURLWithPath: path)
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            if size > limits.maxBytes {
                sink.error("file is \(size) bytes, over the \(limits.maxBytes)-byte limit for YAML input", at: SourceLocation(file: shown))
                return []
            }
            data = try Data(contentsOf: url)
        } catch {
            sink.error("cannot read file: \(Self.reason(error))", at: SourceLocation(file: shown))
            return []
        }
        return parse(data: data, file: shown, limits: limits, sink: sink)
    }

    /// Composes documents from bytes already in memory (stdin, tests).
    public static func parse(data: Data, file: String, limits: YAMLLimits = .default, sink: DiagnosticSink) -> [YAMLDocument] {
        if data.count > limits.maxBytes {
            sink.error("input is \(data.count) bytes, over the \(limits.maxBytes)-byte limit for YAML input", at: SourceLocation(file: file))
            return []
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = Self.firstInvalidUTF8Offset(data)
            sink.error("file is not valid UTF-8 (first bad byte at offset \(offset))", at: Self.location(ofByte: offset, in: data, file: file))
            return []
        }
        return parse(text: text, file: file, limits: limits, sink: sink)
    }

    public static func parse(text: String, file: String, limits: YAMLLimits = .default, sink: DiagnosticSink) -> [YAMLDocument] {
        if text.utf8.count > limits.maxBytes {
            sink.error("input is \(text.utf8.count) bytes, over the \(limits.maxBytes)-byte limit for YAML input", at: SourceLocation(file: file))
            return []
        }
        var documents: [YAMLDocument] = []
        do {
            let parser = try Parser(yaml: text)
            while let root = try parser.nextRoot() {
                if let bomb = AliasGuard.check(root, maxNodes: limits.maxNodes) {
                    sink.error(bomb.message, at: bomb.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? SourceLocation(file: file))
                    return []
                }
                documents.append(YAMLDocument(file: file, root: root, index: documents.count))
            }
        } catch let error as YamlError {
            sink.append(YAMLErrorMapper.diagnostic(error, file: file))
            return []
        } catch {
            sink.error("cannot parse YAML: \(error)", at: SourceLocation(file: file))
            return []
        }
        return documents
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError || ns.code == 260 { return "no such file" }
        return ns.localizedDescription
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            guard let length = UTF8.sequenceLength(lead: bytes[offset]) else { return offset }
            if offset + length > bytes.count { return offset }
            for i in 1..<length where bytes[offset + i] & 0xC0 != 0x80 { return offset }
            offset += length
        }
        return offset
    }

    private static func location(ofByte offset: Int, in data: Data, file: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
