import KabarTUI

/// Where each pane goes for a screen size. `update` uses it for mouse hit-testing and page
/// sizes, `view` for drawing, so both always agree.
public struct ScreenLayout: Hashable, Sendable {
    /// Below this the reader shows a short message instead of panes.
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public let width: Int
    public let height: Int
    public let list: Rect
    public let article: Rect
    /// Glossary, entities and timeline, top to bottom; empty rects when the screen is too narrow.
    public let side: [Pane: Rect]
    public let status: Rect

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public init(width: Int, height: Int, panes: PaneWidths = PaneWidths()) {
        self.width = max(0, width)
        self.height = max(0, height)
        let main = Rect(x: 0, y: 0, width: self.width, height: self.height - 1)
        status = Rect(x: 0, y: self.height - 1, width: self.width, height: 1)
        let listWidth = panes.listWidth(screen: self.width)
        // The side column needs room to be useful; on narrow screens the article gets it.
        let sideWidth = panes.sideWidth(screen: self.width)
        let columns = Layout.columns(main, [.fixed(listWidth), .fill(1), .fixed(sideWidth)])
        list = columns[0]
        article = columns[1]
        if sideWidth > 0 {
            let rows = Layout.rows(columns[2], [.fill(2), .fill(1), .fill(1)])
            side = [.glossary: rows[0], .entities: rows[1], .timeline: rows[2]]
        } else {
            side = [:]
        }
    }

    /// The rectangle of a pane (empty when it is hidden).
    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .list: list
        case .article: article
        default: side[pane] ?? Rect(x: 0, y: 0, width: 0, height: 0)
        }
    }

    /// The panes that are visible, in `Tab` order.
    public var visiblePanes: [Pane] {
        Pane.allCases.filter { !rect(of: $0).isEmpty }
    }

    /// The pane under a screen cell.
    public func pane(atX x: Int, y: Int) -> Pane? {
        visiblePanes.first { rect(of: $0).contains(x: x, y: y) }
    }

    /// Where the article text goes: inside the border, with one column of padding each side.
    public var articleText: Rect {
        let inner = article.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// Where the list rows go.
    public var listRows: Rect { list.inset(by: 1) }
}
