/// A JSON document as a plain Swift value, for the `--json` output of the command-line tools.
///
/// Objects keep their keys in the order they were written, so output is stable and readable
/// (`Dictionary` would shuffle them). `null` is explicit: an optional that is `nil` is written
/// as `.null`, not left out. Turn a value into text with ``serialized(pretty:)``.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Key–value pairs in output order. Duplicate keys are allowed but should be avoided.
    case object([(String, JSONValue)])

    /// Two values are equal when they have the same case and equal contents; objects must
    /// have the same keys in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where x.0 != y.0 || x.1 != y.1 { return false }
            return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .int(let i): hasher.combine(2); hasher.combine(i)
        case .double(let d): hasher.combine(3); hasher.combine(d)
        case .string(let s): hasher.combine(4); hasher.combine(s)
        case .array(let a): hasher.combine(5); hasher.combine(a)
        case .object(let pairs):
            hasher.combine(6)
            hasher.combine(pairs.count)
            for (key, value) in pairs {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }
}

extension JSONValue {
    /// A string value, or `.null` when `string` is `nil`.
    public static func string(orNull string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }

    /// An integer value, or `.null` when `int` is `nil`.
    public static func int(orNull int: Int?) -> JSONValue {
        int.map(JSONValue.int) ?? .null
    }
}
