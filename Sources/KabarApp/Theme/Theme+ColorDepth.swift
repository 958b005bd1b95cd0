import KabarTUI

extension Theme {
    /// The theme as the terminal can show it. Without colour (NO_COLOR, TERM=dumb, a
    /// terminal without colours) every colour goes, and a scope that relied on colour gets
    /// the `mono` theme's attributes as well, so selection, highlights and the cursor still
    /// show. With colour the theme is unchanged: the backend fits colours to the terminal.
    public func adapted(to depth: ColorDepth) -> Theme {
        depth == .none ? colorless(fallback: .mono) : self
    }

    func colorless(fallback: Theme) -> Theme {
        var result: [String: Style] = [:]
        for scope in Set(scopes.keys).union(fallback.scopes.keys) {
            let style = self.style(scope)
            var modifiers = style.modifiers
            if style.fg != .default || style.bg != .default {
                modifiers.formUnion(fallback.style(scope).modifiers)
            }
            result[scope] = Style(modifiers: modifiers)
        }
        return Theme(name: name, scopes: result)
    }
}
