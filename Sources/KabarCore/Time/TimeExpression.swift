/// One time expression found in a text: its extent (Unicode-scalar offsets into the NFC
/// text), its type, and its TIMEX3 value (2025-01-15, 2025-W13, P3D …), or `nil` when it
/// cannot be resolved (a relative expression in an article without a date).
public struct TimeExpression: Hashable, Sendable {
    public var type: TimeType
    public var value: String?
    public var start: Int
    public var end: Int
    public var text: String

    public init(type: TimeType, value: String?, start: Int, end: Int, text: String) {
        self.type = type
        self.value = value
        self.start = start
        self.end = end
        self.text = text
    }
}
