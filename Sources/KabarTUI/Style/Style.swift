/// Foreground, background and modifiers of a cell.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var modifiers: Modifier

    public init(fg: Color = .default, bg: Color = .default, modifiers: Modifier = []) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }

    public static let plain = Style()

    /// This style with `other` laid over it: `other`'s non-default colours win, modifiers add up.
    ///
    ///     Style(fg: .red).patched(with: Style(modifiers: .bold)) == Style(fg: .red, modifiers: .bold)
    public func patched(with other: Style) -> Style {
        Style(
            fg: other.fg == .default ? fg : other.fg,
            bg: other.bg == .default ? bg : other.bg,
            modifiers: modifiers.union(other.modifiers)
        )
    }
}
