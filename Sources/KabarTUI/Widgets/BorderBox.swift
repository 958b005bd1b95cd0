/// A box drawn with box-drawing characters, with an optional title in its top border:
///
///     ┌ Title ─┐
///     │        │
///     └────────┘
///
/// The title starts at the second column, padded by a space on each side, and is cut with "…"
/// when it does not fit; it needs a box at least 5 columns wide. Boxes smaller than 2×2 draw
/// nothing. The inside is left as it is (render `Clear` first for a popup).
public struct BorderBox: Widget, Sendable {
    public var title: String
    public var borderStyle: Style
    public var titleStyle: Style

    public init(title: String = "", borderStyle: Style = .plain, titleStyle: Style = .plain) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The area inside the border.
    public func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let top = area.y, bottom = area.bottom - 1
        let left = area.x, right = area.right - 1
        for x in (left + 1)..<right {
            buffer.put(x: x, y: top, "─", style: borderStyle)
            buffer.put(x: x, y: bottom, "─", style: borderStyle)
        }
        for y in (top + 1)..<bottom {
            buffer.put(x: left, y: y, "│", style: borderStyle)
            buffer.put(x: right, y: y, "│", style: borderStyle)
        }
        buffer.put(x: left, y: top, "┌", style: borderStyle)
        buffer.put(x: right, y: top, "┐", style: borderStyle)
        buffer.put(x: left, y: bottom, "└", style: borderStyle)
        buffer.put(x: right, y: bottom, "┘", style: borderStyle)
        let room = area.width - 4  // corners and the two padding spaces
        guard !title.isEmpty, room >= 1 else { return }
        let text = StyledLine(title, style: titleStyle).truncated(toWidth: room)
        var x = left + 1
        x += buffer.setString(x: x, y: top, " ", style: borderStyle)
        x += buffer.setLine(x: x, y: top, text, maxWidth: room)
        buffer.setString(x: x, y: top, " ", style: borderStyle)
    }
}
