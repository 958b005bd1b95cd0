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
        let scope = state.entityScopeAll ? "all" : "article"
        let theme = state.theme
        var lines: [StyledLine] = []
        var selectedLine = 0
        var entityNumber = 0
        for row in state.entityRows {
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
        ListPaneFrame(state: state, pane: .entities, title: "\(Pane.entities.title) · \(scope)")
            .render(lines: lines, selectedLine: selectedLine, placeholder: state.corpusPending ? "Finding names…" : "No names found.", into: &buffer)
    }
}
