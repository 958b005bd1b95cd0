/// Writing a ``JSONValue`` as JSON text.
///
/// The output is safe to print to a terminal: besides what JSON requires (`"`, `\` and
/// U+0000–U+001F), every character that `TerminalSafeText.isUnsafe(_:)` names (DEL, the C1
/// controls, bidi controls, U+2028, U+2029, U+FEFF and the other invisible format
/// characters) is written as `\uXXXX` (lowercase hex; a UTF-16 surrogate pair above the
/// BMP), so the text loses nothing. Everything else, including characters outside the BMP,
/// is written as raw UTF-8.
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
        default:
            guard TerminalSafeText.isUnsafe(scalar) else { return nil }
            guard v > 0xFFFF else { return unicodeEscape(v) }
            let offset = v - 0x10000
            return unicodeEscape(0xD800 + (offset >> 10)) + unicodeEscape(0xDC00 + (offset & 0x3FF))
        }
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
