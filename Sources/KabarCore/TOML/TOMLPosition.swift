/// A place in a TOML text: 1-based line and column (columns count Unicode scalars).
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// "3:7".
    public var description: String { "\(line):\(column)" }
}
