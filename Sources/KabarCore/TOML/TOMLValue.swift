/// A TOML value. Tables keep their keys in document order.
public indirect enum TOMLValue: Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLItem])
    case table(TOMLTable)

    /// "string", "integer", …, for error messages.
    public var kind: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .boolean: "a boolean"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A value and where it starts in the text.
public struct TOMLItem: Sendable {
    public var value: TOMLValue
    public var position: TOMLPosition

    public init(_ value: TOMLValue, at position: TOMLPosition) {
        self.value = value
        self.position = position
    }

    public var string: String? { if case .string(let s) = value { s } else { nil } }
    public var integer: Int? { if case .integer(let n) = value { n } else { nil } }
    public var boolean: Bool? { if case .boolean(let b) = value { b } else { nil } }
    public var array: [TOMLItem]? { if case .array(let a) = value { a } else { nil } }
    public var table: TOMLTable? { if case .table(let t) = value { t } else { nil } }
}

/// A TOML table: keys in document order, each with its value and the key's own position.
public struct TOMLTable: Sendable {
    public private(set) var keys: [String] = []
    private var entries: [String: (item: TOMLItem, keyPosition: TOMLPosition)] = [:]

    public init() {}

    public subscript(key: String) -> TOMLItem? { entries[key]?.item }

    /// Where `key` is written (for "unknown key" messages).
    public func position(ofKey key: String) -> TOMLPosition? { entries[key]?.keyPosition }

    /// Adds or replaces `key`.
    public mutating func set(_ key: String, _ item: TOMLItem, keyPosition: TOMLPosition) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = (item, keyPosition)
    }

    public var isEmpty: Bool { keys.isEmpty }
}
