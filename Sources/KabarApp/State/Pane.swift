/// The reader's panes, in `Tab` order.
public enum Pane: String, CaseIterable, Sendable {
    case list, article, glossary, entities, timeline

    public var title: String {
        switch self {
        case .list: "Articles"
        case .article: "Article"
        case .glossary: "Glossary"
        case .entities: "Entities"
        case .timeline: "Timeline"
        }
    }
}
