/// Lines of styled text shown from a scroll offset: line `scroll` at the top of the area.
///
/// Lines are cut at the area's width, not wrapped (wrap first with `TextWrap`). Every cell of
/// the area is drawn: rows and columns without text get spaces in `style`, and each span's
/// style is laid over `style`.
public struct TextView: Widget, Sendable {
    public var lines: [StyledLine]
    public var scroll: Int
    public var style: Style

    public init(lines: [StyledLine], scroll: Int = 0, style: Style = .plain) {
        self.lines = lines
        self.scroll = scroll
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(symbol: " ", style: style))
        let first = max(0, scroll)
        for row in 0..<area.height {
            let index = first + row
            guard index < lines.count else { break }
            buffer.setLine(x: area.x, y: area.y + row, lines[index], style: style, maxWidth: area.width)
        }
    }
}
