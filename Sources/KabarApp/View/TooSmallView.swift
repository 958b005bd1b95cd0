import KabarTUI

/// The message shown instead of panes when the terminal is too small to be useful.
struct TooSmallView {
    let layout: ScreenLayout
    let theme: Theme

    func render(into buffer: inout Buffer) {
        let need = "\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
        let lines = ["Terminal too small", "(\(layout.width)×\(layout.height), need \(need))", "q quits"]
        let top = max(0, (layout.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < layout.height {
            let x = max(0, (layout.width - DisplayWidth.of(line)) / 2)
            buffer.setString(x: x, y: top + row, line, style: theme.style(row == 0 ? "ui.warning" : "text"),
                             maxWidth: layout.width - x)
        }
    }
}
