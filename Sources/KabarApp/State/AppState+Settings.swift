import KabarTUI

extension AppState {
    /// Applies the configuration and what the terminal can do, at start-up.
    public mutating func configure(themes: ThemeRing, colorDepth: ColorDepth, mouse: Bool = true,
                                   paneWidths: PaneWidths = PaneWidths(), keymap: Keymap? = nil) {
        themeRing = themes
        self.colorDepth = colorDepth
        mouseEnabled = mouse
        self.paneWidths = paneWidths
        if let keymap { self.keymap = keymap }
        layout = ScreenLayout(width: layout.width, height: layout.height, panes: paneWidths)
        if !layout.visiblePanes.contains(focus) { focus = .article }
        applyTheme()
    }

    /// Draws with the ring's current theme, fitted to the terminal's colours.
    mutating func applyTheme() {
        theme = themeRing.theme.adapted(to: colorDepth)
        // The open article's lines carry their styles: lay it out again.
        relayout()
    }

    /// `T`: the next theme; the status line names it, or says why it could not load.
    mutating func cycleTheme() {
        themeRing.advance()
        applyTheme()
        let name = themeRing.current.name
        if let problem = themeRing.problem {
            status = "theme \(name) not loaded: \(problem)"
        } else {
            status = colorDepth == .none ? "theme: \(name) (no colour on this terminal)" : "theme: \(name)"
        }
    }

    /// `M`: mouse reporting on or off.
    mutating func toggleMouse() -> [Effect] {
        mouseEnabled.toggle()
        status = mouseEnabled ? "mouse on: click and scroll; Shift+drag selects text" : "mouse off: drag selects text"
        return [.setMouse(mouseEnabled)]
    }
}
