/// One mention of a named entity in a text: its type, and Unicode-scalar offsets into the
/// (NFC) text it was found in.
public struct EntityMention: Hashable, Sendable {
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var text: String

    public init(type: EntityType, start: Int, end: Int, text: String) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
    }
}
