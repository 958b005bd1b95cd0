/// What one update of the index did.
public struct IndexUpdate: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Bytes of article files read and indexed.
    public var bytes = 0
    public var seconds = 0.0
    /// One line per file that could not be read or parsed.
    public var warnings: [String] = []

    public init() {}

    public var articles: Int { added + changed + unchanged }
}
