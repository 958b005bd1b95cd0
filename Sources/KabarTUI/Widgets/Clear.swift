/// Blanks an area, for example under a popup, with spaces in `style`.
public struct Clear: Widget, Sendable {
    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, with: Cell(symbol: " ", style: style))
    }
}
