/// A vertical list of one-line items with an optional selected item.
///
/// Rows show items from `offset` on (moved, if needed, so the selected item is visible). The
/// selected row gets `selectedStyle` laid over its whole width; items wider than the area are
/// cut with "…"; rows without items are blank in `style`.
public struct ListView: Widget, Sendable {
    public var items: [StyledLine]
    public var selected: Int?
    public var offset: Int
    public var selectedStyle: Style
    /// The style of every row, under the items' own styles.
    public var style: Style = .plain

    public init(items: [StyledLine], selected: Int?, offset: Int, selectedStyle: Style) {
        self.items = items
        self.selected = selected
        self.offset = offset
        self.selectedStyle = selectedStyle
    }

    /// A list of plain strings.
    public init(items: [String], selected: Int?, offset: Int, selectedStyle: Style) {
        self.init(items: items.map { StyledLine($0) }, selected: selected, offset: offset, selectedStyle: selectedStyle)
    }

    /// The offset (index of the top row) that shows `selected` in a list `height` rows tall,
    /// moving `offset` as little as possible: unchanged while the selection is visible.
    public static func offset(keeping selected: Int, visible height: Int, current offset: Int) -> Int {
        let selected = max(0, selected)
        let height = max(1, height)
        if selected < offset { return selected }
        if selected >= offset + height { return selected - height + 1 }
        return max(0, offset)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        var top = max(0, offset)
        if let selected, selected >= 0, selected < items.count {
            top = ListView.offset(keeping: selected, visible: area.height, current: top)
        }
        for row in 0..<area.height {
            let index = top + row
            let isSelected = index == selected
            let rowStyle = isSelected ? style.patched(with: selectedStyle) : style
            let y = area.y + row
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(symbol: " ", style: rowStyle))
            guard index < items.count else { continue }
            let line = items[index].truncated(toWidth: area.width)
            buffer.setLine(x: area.x, y: y, line, style: style, maxWidth: area.width)
            if isSelected {
                buffer.patchStyle(Rect(x: area.x, y: y, width: area.width, height: 1), with: selectedStyle)
            }
        }
    }
}
