/// Writes a JSON object whose members are arrays, element by element, exactly as
/// ``JSONValue/serialized(pretty:)`` would write the whole value: for output too large to
/// hold as one value (every token of a long article). Text goes to `sink` in pieces of
/// about 64 KB.
///
///     var stream = JSONObjectStream(pretty: true) { print($0, terminator: "") }
///     stream.beginArray("tokens")
///     for row in rows { stream.append(row) }
///     stream.endArray()
///     stream.finish()
public struct JSONObjectStream {
    private var writer: JSONTextWriter
    private let sink: (String) -> Void
    private var members = 0
    private var elements = 0
    private static let flushSize = 64 * 1024

    public init(pretty: Bool, sink: @escaping (String) -> Void) {
        writer = JSONTextWriter(pretty: pretty)
        self.sink = sink
        writer.output = "{"
    }

    /// Opens the next member, an array, under `key`.
    public mutating func beginArray(_ key: String) {
        if members > 0 { writer.output += "," }
        writer.newline(depth: 1)
        writer.writeString(key)
        writer.output += writer.pretty ? ": [" : ":["
        members += 1
        elements = 0
    }

    /// Adds one element to the open array.
    public mutating func append(_ value: JSONValue) {
        if elements > 0 { writer.output += "," }
        writer.newline(depth: 2)
        writer.write(value, depth: 2)
        elements += 1
        if writer.output.utf8.count >= Self.flushSize { flush() }
    }

    public mutating func endArray() {
        if elements > 0 { writer.newline(depth: 1) }
        writer.output += "]"
    }

    /// Closes the object and writes what is left.
    public mutating func finish() {
        if members > 0 { writer.newline(depth: 0) }
        writer.output += "}"
        flush()
    }

    private mutating func flush() {
        sink(writer.output)
        writer.output = ""
    }
}
