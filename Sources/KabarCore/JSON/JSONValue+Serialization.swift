/// Writing a ``JSONValue`` as JSON text.
///
/// The output is safe to print to a terminal: besides what JSON requires (`"`, `\` and
/// U+0000–U+001F), it escapes DEL and the C1 controls (U+007F–U+009F), the line and
/// paragraph separators (U+2028, U+2029), the bidirectional-text controls (U+061C,
/// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and U+FEFF as `\uXXXX` (lowercase hex).
/// Everything else, including characters outside the BMP, is written as raw UTF-8.
extension JSONValue {
    /// The value as JSON text.
    ///
    /// - Parameter pretty: `false` writes everything on one line with no spaces
    ///   (`{"a":[1,2]}`); `true` puts each array element and object member on its own
    ///   line, indented by two spaces per level, with `"key": value`. Empty arrays and
    ///   objects are written `[]` and `{}`. There is no trailing newline.
    ///   Non-finite doubles (NaN, ±infinity) have no JSON form and are written as `null`.
    public func serialized(pretty: Bool = false) -> String {
        var writer = JSONTextWriter(pretty: pretty)
        writer.write(self, depth: 0)
        return writer.output
    }
}

/// Accumulates the JSON text of a value; used by ``JSONValue/serialized(pretty:)``.
struct JSONTextWriter {
    let pretty: Bool
    var output = ""

    init(pretty: Bool) {
        self.pretty = pretty
    }

    mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let i): output += String(i)
        case .double(let d): output += d.isFinite ? String(d) : "null"
        case .string(let s): writeString(s)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                newline(depth: depth + 1)
                write(element, depth: depth + 1)
            }
            newline(depth: depth)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { output += "," }
                newline(depth: depth + 1)
                writeString(key)
                output += pretty ? ": " : ":"
                write(member, depth: depth + 1)
            }
            newline(depth: depth)
            output += "}"
        }
    }

    mutating func newline(depth: Int) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    /// Writes `string` quoted and escaped. Runs of characters that need no escaping are
    /// copied as whole slices.
    mutating func writeString(_ string: String) {
        output += "\""
        let scalars = string.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if let escape = Self.escape(for: scalar) {
                output += Substring(scalars[runStart..<index])
                output += escape
                index = scalars.index(after: index)
                runStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        // Not `output.unicodeScalars.append(contentsOf:)`: that copies the whole output each
        // time, which made long outputs quadratic.
        output += Substring(scalars[runStart..<index])
        output += "\""
    }

    /// The escape sequence for `scalar`, or `nil` when it is written as itself.
    static func escape(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x20..<0x7F: return nil
        case 0x00..<0x20, 0x7F...0x9F,
             0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF:
            return unicodeEscape(v)
        default: return nil
        }
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
