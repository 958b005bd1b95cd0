import KabarTUI

/// The `?` overlay, generated from the live key map so rebinding shows here.
struct HelpOverlayView {
    let state: AppState

    func render(into buffer: inout Buffer) {
        let rows = Self.rows(for: state.keymap, mouse: state.mouseEnabled)
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let wanted = keyWidth + 3 + (rows.map { DisplayWidth.of($0.summary) }.max() ?? 0) + 4
        let area = Layout.centered(in: buffer.area,
                                   width: min(wanted, buffer.width - 2), height: min(rows.count + 3, buffer.height - 2))
        let theme = state.theme
        Clear(style: theme.style("ui.help")).render(in: area, buffer: &buffer)
        let box = BorderBox(title: "Keys · Esc closes", borderStyle: theme.style("ui.border.focused"),
                            titleStyle: theme.style("ui.title.focused"))
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let visible = max(0, inner.height - 1)
        let first = min(state.overlayScroll, max(0, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + 1 + offset
            buffer.setString(x: inner.x + 1, y: y, row.keys, style: theme.style("ui.help.key"), maxWidth: keyWidth)
            buffer.setString(x: inner.x + 2 + keyWidth + 1, y: y, row.summary, style: theme.style("ui.help"),
                             maxWidth: max(0, inner.right - (inner.x + keyWidth + 4)))
        }
    }

    /// One row per bound command: its keys and what it does (pane-only keys say where).
    static func rows(for keymap: Keymap, mouse: Bool = true) -> [(keys: String, summary: String)] {
        var rows: [(String, String)] = []
        for command in Command.allCases {
            let bound = keymap.keys(for: command)
            if !bound.global.isEmpty {
                rows.append((bound.global.map(\.displayName).joined(separator: " "), command.summary))
            }
            for (pane, keys) in bound.panes {
                rows.append((keys.map(\.displayName).joined(separator: " "), "\(command.summary) (\(pane.title.lowercased()) pane)"))
            }
            if !bound.prompt.isEmpty {
                rows.append((bound.prompt.map(\.displayName).joined(separator: " "), "\(command.summary) (search prompt)"))
            }
        }
        rows.append(mouse
            ? ("mouse", "Shift+drag still selects text; click selects an article or a word; the wheel scrolls")
            : ("mouse", "off: dragging selects text"))
        return rows
    }
}
