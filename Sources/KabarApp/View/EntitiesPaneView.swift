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
        let rows = state.entityRows
        let selectedLine = ListPaneFrame.line(ofItem: state.entitySelection, in: rows, isItem: \.isEntity)
        let frame = ListPaneFrame(state: state, pane: .entities, title: "\(Pane.entities.title) · \(scope)")
        let window = frame.window(count: rows.count, selected: selectedLine)
        let lines = rows[window].map { row -> StyledLine in
            switch row {
            case .heading(let type, let count):
                return StyledLine("\(Self.headings[type] ?? type.rawValue) (\(count))", style: theme.style("text.heading"))
            case .entity(let index, let count):
                let entity = state.navigation.entities[index]
                return StyledLine([Span(" \(entity.name)", style: theme.style("entity.\(entity.type.rawValue)")),
                                   Span(" ×\(count)", style: theme.style("text.meta"))])
            }
        }
        frame.render(lines: lines, selectedLine: selectedLine - window.lowerBound,
                     placeholder: state.corpusPending ? "Finding names…" : "No names found.", into: &buffer)
    }
}
