/// Widths of the side panes in columns, from the configuration; nil means automatic.
/// A side width of 0 hides the glossary, entities and timeline column.
public struct PaneWidths: Hashable, Sendable {
    public var list: Int?
    public var side: Int?

    public init(list: Int? = nil, side: Int? = nil) {
        self.list = list
        self.side = side
    }

    /// The article list's width on a screen `width` columns wide: at most a third of it.
    func listWidth(screen width: Int) -> Int {
        guard let list else { return min(32, max(18, width * 22 / 100)) }
        return max(12, min(list, width / 3))
    }

    /// The side column's width; 0 below 70 columns, where the article gets the room.
    func sideWidth(screen width: Int) -> Int {
        guard width >= 70 else { return 0 }
        guard let side else { return min(40, max(20, width * 24 / 100)) }
        return side <= 0 ? 0 : max(16, min(side, width / 3))
    }
}
