import KabarTUI

/// Draws the whole reader for a state. Pure: the same state always gives the same buffer.
public func view(_ state: AppState) -> Buffer {
    var buffer = Buffer(width: state.layout.width, height: state.layout.height)
    render(state, into: &buffer)
    return buffer
}

/// `view(state)` drawn into a recycled buffer (reset to blank at the screen size first).
public func render(_ state: AppState, into buffer: inout Buffer) {
    let layout = state.layout
    buffer.reset(width: layout.width, height: layout.height)
    if layout.isTooSmall {
        TooSmallView(layout: layout, theme: state.theme).render(into: &buffer)
        return
    }
    ListPaneView(state: state).render(into: &buffer)
    ArticlePaneView(state: state).render(into: &buffer)
    GlossaryPaneView(state: state).render(into: &buffer)
    EntitiesPaneView(state: state).render(into: &buffer)
    TimelinePaneView(state: state).render(into: &buffer)
    StatusLineView(state: state).render(into: &buffer)
    switch state.overlay {
    case .help: HelpOverlayView(state: state).render(into: &buffer)
    case .word(let details): WordOverlayView(state: state, details: details).render(into: &buffer)
    case nil: break
    }
    if let prompt = state.prompt {
        SearchPromptView(state: state, prompt: prompt).render(into: &buffer)
    }
}

extension AppState {
    /// The border box of a pane, highlighted when it has the focus.
    func box(for pane: Pane, title: String) -> BorderBox {
        let focused = focus == pane && overlay == nil
        return BorderBox(
            title: title,
            borderStyle: theme.style(focused ? "ui.border.focused" : "ui.border"),
            titleStyle: theme.style(focused ? "ui.title.focused" : "ui.title")
        )
    }
}
