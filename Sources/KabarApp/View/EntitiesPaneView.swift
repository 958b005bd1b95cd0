import KabarCore
import KabarTUI

/// The entities pane: the open article's entities (or all articles', with `a`), grouped by
/// type, with mention counts. `Enter` jumps to the selected entity's first mention.
struct EntitiesPaneView {
    let state: AppState

    static let headings: [EntityType: String] = [
        .person: "People", .organization: "Organisations", .location: "Places", .product: "Products", .event: "Events",
    ]

    func render(into buffer: inout Buffer) {
        let area = state.layout.rect(of: .entities)
        guard !area.isEmpty else { return }
        let scope = state.entityScopeAll ? "all" : "article"
        let box = state.box(for: .entities, title: "\(Pane.entities.title) · \(scope)")
        box.render(in: area, buffer: &buffer)
        let inner = box.inner(of: area)
        let theme = state.theme
        let rows = state.entityRows
        guard !rows.isEmpty else {
            buffer.setString(x: inner.x + 1, y: inner.y, "No names found.", style: theme.style("ui.placeholder"),
                             maxWidth: max(0, inner.width - 2))
            return
        }
        var lines: [StyledLine] = []
        var selectedLine = 0
        var entityNumber = 0
        for row in rows {
            switch row {
            case .heading(let type, let count):
                lines.append(StyledLine("\(Self.headings[type] ?? type.rawValue) (\(count))", style: theme.style("text.heading")))
            case .entity(let index, let count):
                let entity = state.navigation.entities[index]
                if entityNumber == state.entitySelection { selectedLine = lines.count }
                lines.append(StyledLine([Span(" \(entity.name)", style: theme.style("entity.\(entity.type.rawValue)")),
                                         Span(" ×\(count)", style: theme.style("text.meta"))]))
                entityNumber += 1
            }
        }
        let offset = ListView.offset(keeping: selectedLine, visible: inner.height, current: 0)
        let selectedStyle = theme.style(state.focus == .entities ? "ui.selection" : "ui.selection.unfocused")
        ListView(items: lines, selected: selectedLine, offset: offset, selectedStyle: selectedStyle)
            .render(in: inner, buffer: &buffer)
    }
}
