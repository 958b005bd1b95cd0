/// One screen cell: a single grapheme cluster (with any combining marks) and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the grapheme,
/// the second is a continuation cell whose `symbol` is empty.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var style: Style

    public init(symbol: String, style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public static let blank = Cell(symbol: " ")

    /// True for the right half of a wide character.
    public var isContinuation: Bool { symbol.isEmpty }
}
